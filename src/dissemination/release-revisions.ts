// What a release changed, as the public sees it: each of its cells against the figure public
// just before it (added, revised, unchanged are left out), and the cells of the (country, period)
// pairs it replaced that it no longer carries (removed). Both states are read through the
// dissemination gateway, so a protected figure shows as Q on either side, never its value.
import type { Kysely } from 'kysely';
import { getTable } from '../framework/index.js';
import { listReleaseCountries } from '../store/repositories/public-coverage.js';
import type { ReleaseInfo } from '../store/repositories/release-queries.js';
import { getRelease } from '../store/repositories/release-queries.js';
import type { Database } from '../store/schema.js';
import { MAX_LIMIT } from './data-request.js';
import type { DisclosedObservation } from './disclosure/disclose-observation.js';
import { readDisseminated } from './read-disseminated.js';
import { PUBLIC_VIEWER } from './viewer.js';

export interface CellState {
  value: number | null;
  status: string;
}

export interface Revision {
  key: Record<string, string>;
  change: 'added' | 'revised' | 'removed';
  before: CellState | null;
  after: CellState | null;
}

export interface ReleaseRevisions {
  release: ReleaseInfo;
  previousState: string;
  revisions: Revision[];
}

const keyOf = (o: DisclosedObservation) => JSON.stringify(o.key);
const stateOf = (o: DisclosedObservation): CellState => ({ value: o.value, status: o.status });

export async function readReleaseRevisions(
  db: Kysely<Database>,
  releaseId: number,
  now: string = new Date().toISOString(),
): Promise<ReleaseRevisions | undefined> {
  const release = await getRelease(db, releaseId);
  const table = release ? getTable(release.table) : undefined;
  if (!release || !table || release.publishedAt > now) return undefined;
  const countries = (await listReleaseCountries(db, [release.id])).get(release.id) ?? [];
  const previousState = new Date(Date.parse(release.publishedAt) - 1).toISOString();
  const selection = { table, filters: { REF_AREA: countries }, limit: MAX_LIMIT };
  const [after, before] = await Promise.all([
    readDisseminated(db, { ...selection, at: release.publishedAt }, PUBLIC_VIEWER),
    readDisseminated(db, { ...selection, at: previousState }, PUBLIC_VIEWER),
  ]);
  const mine = after.observations.filter((o) => o.releaseId === release.id);
  const covered = new Set(mine.map((o) => `${o.key.REF_AREA}|${o.key.TIME_PERIOD}`));
  const previous = new Map(
    before.observations
      .filter((o) => covered.has(`${o.key.REF_AREA}|${o.key.TIME_PERIOD}`))
      .map((o) => [keyOf(o), o]),
  );
  const revisions: Revision[] = [];
  for (const o of mine) {
    const old = previous.get(keyOf(o));
    previous.delete(keyOf(o));
    if (!old) revisions.push({ key: o.key, change: 'added', before: null, after: stateOf(o) });
    else if (old.value !== o.value || old.status !== o.status) {
      revisions.push({ key: o.key, change: 'revised', before: stateOf(old), after: stateOf(o) });
    }
  }
  for (const old of previous.values()) {
    revisions.push({ key: old.key, change: 'removed', before: stateOf(old), after: null });
  }
  return { release, previousState, revisions };
}
