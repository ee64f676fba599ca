// Executes an SDMX data query through the dissemination gateway: key patterns and dimension
// filters become store selections (one per key, merged), TIME_PERIOD conditions become a year
// range or list, and filters on attributes or OBS_VALUE apply to what the public sees — so
// asking for c[CONF_STATUS]=C finds suppressed cells, never their values.
import type { Kysely } from 'kysely';
import { getCodelist } from '../framework/index.js';
import type { TableDef } from '../framework/types.js';
import { type ComponentFilter, passes, type SdmxDataQuery } from '../sdmx/data-query.js';
import type { ObservationSelection } from '../store/repositories/observations.js';
import { sortKeyOf } from '../store/repositories/observations.js';
import { getReleasesByIds, type ReleaseInfo } from '../store/repositories/release-queries.js';
import type { Database } from '../store/schema.js';
import type { DisclosedObservation } from './disclosure/disclose-observation.js';
import { readDisseminated } from './read-disseminated.js';
import type { Viewer } from './viewer.js';

export interface SdmxRead {
  observations: DisclosedObservation[];
  releases: ReleaseInfo[];
  at: string;
}

export type SdmxReadOutcome = { ok: true; read: SdmxRead } | { ok: false; status: 413; detail: string };

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

function yearFilter(filter: ComponentFilter): ComponentFilter {
  return {
    component: filter.component,
    alternatives: filter.alternatives.map((all) =>
      all.map((c) => ({ ...c, value: /^\d{4}/.test(c.value) ? c.value.slice(0, 4) : c.value })),
    ),
  };
}

/** Codes a dimension may take under its filters; undefined when unrestricted. */
function allowedCodes(table: TableDef, dimension: string, filters: ComponentFilter[]): string[] | undefined {
  const mine = filters.filter((f) => f.component === dimension);
  if (mine.length === 0) return undefined;
  let candidates: string[];
  if (dimension === 'TIME_PERIOD') {
    candidates = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => String(FIRST_YEAR + i));
    return candidates.filter((year) => mine.every((f) => passes(yearFilter(f), year)));
  }
  const onlyEquals = mine.every((f) => f.alternatives.every((all) => all.every((c) => c.op === 'eq')));
  if (onlyEquals && mine.length === 1) return mine[0]!.alternatives.flatMap((all) => all.map((c) => c.value));
  const codelist = table.dimensions.find((d) => d.id === dimension)?.codelist ?? '';
  candidates = (getCodelist(codelist)?.codes ?? []).map((c) => c.id);
  return candidates.filter((code) => mine.every((f) => passes(f, code)));
}

function intersect(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined {
  if (!a) return b ? [...b] : undefined;
  if (!b) return [...a];
  return a.filter((x) => b.includes(x));
}

function selectionsOf(query: SdmxDataQuery, at: string, limit: number): ObservationSelection[] {
  const table = query.table;
  const dims = table.dimensions.filter((d) => d.id !== 'TIME_PERIOD');
  const years = allowedCodes(table, 'TIME_PERIOD', query.dimensionFilters);
  if (years && years.length === 0) return [];
  const time: Partial<ObservationSelection> = {};
  const filters: Record<string, readonly string[]> = {};
  if (years) {
    const contiguous = years.every((y, i) => i === 0 || Number(y) === Number(years[i - 1]) + 1);
    if (contiguous) Object.assign(time, { timeFrom: years[0], timeTo: years.at(-1) });
    else filters.TIME_PERIOD = years;
  }
  const out: ObservationSelection[] = [];
  for (const pattern of query.keys) {
    const own: Record<string, readonly string[]> = { ...filters };
    let empty = false;
    dims.forEach((d, i) => {
      const codes = intersect(pattern[i], allowedCodes(table, d.id, query.dimensionFilters));
      if (codes && codes.length === 0) empty = true;
      else if (codes) own[d.id] = codes;
    });
    if (empty) continue;
    out.push({
      table,
      filters: own,
      at,
      limit,
      ...time,
      ...(query.lastN ? { lastNPeriods: query.lastN } : {}),
      ...(query.firstN ? { firstNPeriods: query.firstN } : {}),
      ...(query.updatedAfter ? { updatedAfter: query.updatedAfter } : {}),
    });
  }
  return out;
}

function componentValue(
  obs: DisclosedObservation,
  table: TableDef,
  component: string,
): string | number | null {
  switch (component) {
    case 'OBS_VALUE':
      return obs.value;
    case 'OBS_STATUS':
      return obs.status;
    case 'CONF_STATUS':
      return obs.conf;
    case 'OBS_NOTE':
      return obs.note ?? null;
    case 'CV':
      return obs.cv ?? null;
    case 'SAMPLE_N':
      return obs.sampleN ?? null;
    case 'UNIT_MULT':
      return String(table.unitMultiplier);
    case 'UNIT_MEASURE':
      return table.unit;
    default:
      return null;
  }
}

/** The visibility time of a query: asOf in the past (staff may look ahead), else now. */
export function readTimeOf(
  query: SdmxDataQuery,
  viewer: Viewer,
  now: string = new Date().toISOString(),
): string {
  return query.asOf && (viewer.kind === 'staff' || query.asOf < now) ? query.asOf : now;
}

/**
 * The single store selection a query reads, when its answer can be streamed page by page in
 * sort-key order: one key pattern, no filter on values (those apply after disclosure). Returns
 * `empty` when the query cannot match anything, undefined when it must be read whole.
 */
export function streamableSelection(
  query: SdmxDataQuery,
  viewer: Viewer,
): ObservationSelection | 'empty' | undefined {
  if (query.valueFilters.length > 0 || query.includeHistory) return undefined;
  const selections = selectionsOf(query, readTimeOf(query, viewer), Number.MAX_SAFE_INTEGER);
  if (selections.length === 0) return 'empty';
  if (selections.length > 1) return undefined;
  const { limit: _none, ...selection } = selections[0]!;
  return selection;
}

export async function readSdmxData(
  db: Kysely<Database>,
  query: SdmxDataQuery,
  viewer: Viewer,
  maxObservations: number,
  now: string = new Date().toISOString(),
): Promise<SdmxReadOutcome> {
  const at = readTimeOf(query, viewer, now);
  const merged = new Map<string, DisclosedObservation>();
  for (const selection of selectionsOf(query, at, maxObservations)) {
    const read = await readDisseminated(db, selection, viewer);
    if (read.truncated) return tooLarge(maxObservations);
    for (const obs of read.observations) merged.set(sortKeyOf(obs, query.table).join('\u001f'), obs);
  }
  const observations = [...merged.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, obs]) => obs)
    .filter((obs) =>
      query.valueFilters.every((f) => passes(f, componentValue(obs, query.table, f.component))),
    );
  if (observations.length > maxObservations) return tooLarge(maxObservations);
  const releases = await getReleasesByIds(db, [...new Set(observations.map((o) => o.releaseId))]);
  return { ok: true, read: { observations, releases, at } };
}

function tooLarge(max: number): SdmxReadOutcome {
  return {
    ok: false,
    status: 413,
    detail: `The answer would exceed ${max} observations: narrow the key or the periods, or use /api/download, which streams.`,
  };
}
