// The revision list of a release (GET /api/releases/:id/revisions): for every cell the release
// revised, the value the public saw just before it (old) and the one it published (new), both
// read through the dissemination gateway at those two instants, so disclosure control applies
// to each side as it did then. A cell the release dropped from a slice it replaced has new null.
import type { Kysely } from 'kysely';
import { getTable } from '../../framework/index.js';
import type { ReleaseInfo } from '../../store/repositories/release-queries.js';
import { listSupersededSlices } from '../../store/repositories/release-revisions.js';
import type { Database } from '../../store/schema.js';
import type { DisclosedObservation } from '../disclosure/disclose-observation.js';
import { readDisseminated } from '../read-disseminated.js';
import type { Viewer } from '../viewer.js';

export interface RevisedValue {
  value: number | null;
  status: string;
  note: string | null;
  releaseId: number;
}

export interface Revision {
  key: Record<string, string>;
  old: RevisedValue;
  new: RevisedValue | null;
}

const MAX_ROWS = 500_000;

function cellId(key: Readonly<Record<string, string>>): string {
  return Object.entries(key)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([d, c]) => `${d}=${c}`)
    .join('|');
}

function revised(obs: DisclosedObservation): RevisedValue {
  return { value: obs.value, status: obs.status, note: obs.note ?? null, releaseId: obs.releaseId };
}

/** Old → new for every cell `release` revised, in key order. */
export async function listRevisions(
  db: Kysely<Database>,
  release: ReleaseInfo,
  viewer: Viewer,
): Promise<Revision[]> {
  const table = getTable(release.table);
  if (!table) return [];
  const slices = await listSupersededSlices(db, release.id);
  if (slices.length === 0) return [];
  const refAreas = [...new Set(slices.map((s) => s.refArea))];
  const periods = [...new Set(slices.map((s) => s.timePeriod))];
  const inSlices = new Set(slices.map((s) => `${s.refArea}|${s.timePeriod}`));
  const before = new Date(Date.parse(release.publishedAt) - 1).toISOString();
  const read = (at: string) =>
    readDisseminated(
      db,
      { table, filters: { REF_AREA: refAreas, TIME_PERIOD: periods }, at, limit: MAX_ROWS },
      viewer,
    );
  const [old, now] = await Promise.all([read(before), read(release.publishedAt)]);
  const published = new Map(
    now.observations.filter((o) => o.releaseId === release.id).map((o) => [cellId(o.key), o]),
  );
  const currentRelease = new Map(now.observations.map((o) => [cellId(o.key), o.releaseId]));
  const revisions: Revision[] = [];
  for (const obs of old.observations) {
    if (!inSlices.has(`${obs.key.REF_AREA}|${obs.key.TIME_PERIOD}`)) continue;
    const id = cellId(obs.key);
    if (currentRelease.get(id) === obs.releaseId) continue; // still published: not revised
    const next = published.get(id);
    revisions.push({ key: { ...obs.key }, old: revised(obs), new: next ? revised(next) : null });
  }
  return revisions;
}
