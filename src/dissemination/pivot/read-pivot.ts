// Reads a pivot's observations through the dissemination gateway (disclosure control applied)
// and lays them out once; the pages a reader scrolls through then come from the same layout.
// Public layouts are kept under their ETag (request + release set + code lists), so a new
// release or an added code is never served from an old layout; what is kept is bounded by the
// observations the layouts hold, not only by their number.
import type { Kysely } from 'kysely';
import { label } from '../../framework/index.js';
import type { Lang } from '../../framework/types.js';
import { getReleasesByIds } from '../../store/repositories/release-queries.js';
import type { Database } from '../../store/schema.js';
import { codeName } from '../code-labels.js';
import type { DataRequest } from '../data-request.js';
import { LruCache } from '../lru-cache.js';
import { perStore } from '../per-store.js';
import { readDisseminated } from '../read-disseminated.js';
import { REGIONAL_GROUPINGS } from '../regional-groupings.js';
import { resolveSelection } from '../resolve-selection.js';
import type { Viewer } from '../viewer.js';
import { layoutPivot } from './layout-pivot.js';
import { orderCodes } from './order-codes.js';
import { collectFlags, type PivotObservation, type PivotSource } from './present-pivot.js';
import {
  AGGREGATE_PREFIX,
  aggregateByRegion,
  isAggregateCode,
  regionsPresent,
} from './regional-aggregates.js';

/**
 * The most observations one pivot lays out — ten times what the browser once laid out itself.
 * Past it the answer says so (truncated, with the selection's total) and the page offers the
 * full download: a cut is never silent.
 */
export const MAX_PIVOT_OBSERVATIONS = 200_000;
const LAYOUTS_KEPT = 16;
// About 150 MB of observations: two of the largest layouts, or many small ones.
const OBSERVATIONS_KEPT = 2 * MAX_PIVOT_OBSERVATIONS;

export interface PivotRequest {
  data: DataRequest;
  rows: string[];
  cols: string[];
  /** Add regional aggregates to REF_AREA (regional-aggregates.ts). */
  regions: boolean;
}

export type PivotRead =
  | { ok: true; source: PivotSource }
  | { ok: false; code: 'RELEASE_NOT_FOUND'; params: Record<string, string> };

const LAYOUTS = perStore(() => new LruCache<string, Promise<PivotRead>>(LAYOUTS_KEPT, OBSERVATIONS_KEPT));

export function readPivot(
  db: Kysely<Database>,
  request: PivotRequest,
  viewer: Viewer,
  lang: Lang,
  /** Set for answers every reader shares (public ones): the layout is kept under it. */
  shareKey?: string,
): Promise<PivotRead> {
  if (!shareKey) return buildPivot(db, request, viewer, lang);
  const layouts = LAYOUTS.of(db);
  const kept = layouts.get(shareKey);
  if (kept) return kept;
  const built = buildPivot(db, request, viewer, lang);
  layouts.set(shareKey, built);
  built.then(
    (read) => layouts.weigh(shareKey, read.ok ? read.source.observations.length : 0),
    () => layouts.delete(shareKey),
  );
  return built;
}

async function buildPivot(
  db: Kysely<Database>,
  request: PivotRequest,
  viewer: Viewer,
  lang: Lang,
): Promise<PivotRead> {
  const { table } = request.data;
  const resolved = await resolveSelection(db, { ...request.data, limit: MAX_PIVOT_OBSERVATIONS }, viewer);
  if (!resolved.ok) return resolved;
  const read = await readDisseminated(db, resolved.selection, viewer);
  const releases = await getReleasesByIds(db, [...new Set(read.observations.map((o) => o.releaseId))]);
  const dimensions = new Map(table.dimensions.map((d) => [d.id, d]));
  const regions = request.regions
    ? regionsPresent(new Set(read.observations.map((o) => o.key.REF_AREA ?? '')), REGIONAL_GROUPINGS)
    : [];
  const aggregates = aggregateByRegion(read.observations, [...dimensions.keys()], regions);
  const observations: PivotObservation[] = [...read.observations, ...aggregates];
  const regionNames = new Map(regions.map((g) => [`${AGGREGATE_PREFIX}${g.id}`, label(g.names, lang)]));
  const nameOf = (id: string, code: string) => {
    const dimension = dimensions.get(id);
    return regionNames.get(code) ?? (dimension ? codeName(dimension, code, lang) : code);
  };
  const layout = layoutPivot({
    dimensions: [...dimensions.keys()],
    observations,
    rows: request.rows,
    cols: request.cols,
    orderOf: (id, codes) => {
      const dimension = dimensions.get(id);
      const all = [...codes];
      const ordered = dimension
        ? orderCodes(
            dimension,
            all.filter((c) => !isAggregateCode(c)),
            lang,
          )
        : all;
      // The regions after the countries, in the order of FRAMEWORK §1.
      return id === 'REF_AREA' ? [...ordered, ...regionNames.keys()].filter((c) => all.includes(c)) : ordered;
    },
  });
  return {
    ok: true,
    source: {
      table,
      layout,
      observations,
      observationCount: read.observations.length,
      nameOf,
      releases,
      total: read.total,
      truncated: read.truncated,
      at: resolved.at,
      ...collectFlags(observations),
    },
  };
}
