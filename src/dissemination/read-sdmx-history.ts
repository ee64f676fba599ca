// Vintages for SDMX: includeHistory=true returns every state an observation was published in,
// each with the time it became public (validFrom) and the time a later release replaced or
// withdrew it (validTo); updatedAfter returns what changed since a time — new and revised
// values, and the cells withdrawn since then as a Delete data set. Every state is read through
// the dissemination gateway as it was at its own time, so disclosure control applies to each.
import type { Kysely } from 'kysely';
import type { Observation } from '../framework/observation.js';
import type { SdmxDataQuery } from '../sdmx/data-query.js';
import { listPublicReleases } from '../store/repositories/release-queries.js';
import type { Database } from '../store/schema.js';
import type { DisclosedObservation } from './disclosure/disclose-observation.js';
import { readSdmxData, type SdmxReadOutcome } from './read-sdmx-data.js';
import type { Viewer } from './viewer.js';

export interface VintagePart {
  action: 'Information' | 'Delete';
  validFrom?: string;
  validTo?: string;
  observations: Observation[];
}

export type VintageOutcome = { ok: true; parts: VintagePart[] } | Extract<SdmxReadOutcome, { ok: false }>;

const MAX_RELEASES = 10_000;

function keyOf(obs: Observation): string {
  return Object.entries(obs.key)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('|');
}

async function stateAt(db: Kysely<Database>, query: SdmxDataQuery, at: string, viewer: Viewer, max: number) {
  const { updatedAfter: _ignored, ...rest } = query;
  return readSdmxData(db, { ...rest, asOf: at }, viewer, max, at > new Date().toISOString() ? at : undefined);
}

/** Every vintage of the query's observations, grouped by validity (one part per period of validity). */
export async function readSdmxHistory(
  db: Kysely<Database>,
  query: SdmxDataQuery,
  viewer: Viewer,
  max: number,
  now: string = new Date().toISOString(),
): Promise<VintageOutcome> {
  const releases = await listPublicReleases(db, { at: now, tableId: query.table.id, limit: MAX_RELEASES });
  const times = [...new Set(releases.map((r) => r.publishedAt))].sort();
  // key → the vintage being followed: its observation, release and start.
  const open = new Map<string, { obs: DisclosedObservation; from: string }>();
  const closed: { obs: Observation; from: string; to?: string }[] = [];
  let total = 0;
  for (const time of times) {
    const state = await stateAt(db, query, time, viewer, max);
    if (!state.ok) return state;
    const seen = new Set<string>();
    for (const obs of state.read.observations) {
      const key = keyOf(obs);
      seen.add(key);
      const previous = open.get(key);
      if (previous && previous.obs.releaseId === obs.releaseId) continue;
      if (previous) closed.push({ obs: previous.obs, from: previous.from, to: time });
      open.set(key, { obs, from: time });
      if (++total > max) return tooLarge(max);
    }
    for (const [key, previous] of open) {
      if (seen.has(key)) continue;
      closed.push({ obs: previous.obs, from: previous.from, to: time });
      open.delete(key);
    }
  }
  for (const { obs, from } of open.values()) closed.push({ obs, from });
  const after = query.updatedAfter;
  const groups = new Map<string, VintagePart>();
  for (const vintage of closed) {
    if (after && vintage.from <= after && (vintage.to === undefined || vintage.to <= after)) continue;
    const id = `${vintage.from}|${vintage.to ?? ''}`;
    let part = groups.get(id);
    if (!part) {
      part = {
        action: 'Information',
        validFrom: vintage.from,
        ...(vintage.to ? { validTo: vintage.to } : {}),
        observations: [],
      };
      groups.set(id, part);
    }
    part.observations.push(vintage.obs);
  }
  return { ok: true, parts: [...groups.values()].sort((a, b) => (a.validFrom! < b.validFrom! ? -1 : 1)) };
}

/**
 * updatedAfter: the observations published since `since` (new or revised), and those public
 * at `since` that are no longer public (withdrawn), as a Delete part holding their keys.
 */
export async function readSdmxChanges(
  db: Kysely<Database>,
  query: SdmxDataQuery,
  viewer: Viewer,
  max: number,
): Promise<VintageOutcome> {
  const since = query.updatedAfter!;
  const changed = await readSdmxData(db, query, viewer, max);
  if (!changed.ok) return changed;
  const { updatedAfter: _since, ...unfiltered } = query;
  const [before, current] = await Promise.all([
    stateAt(db, unfiltered, since, viewer, max),
    readSdmxData(db, unfiltered, viewer, max),
  ]);
  if (!before.ok) return before;
  if (!current.ok) return current;
  const present = new Set(current.read.observations.map(keyOf));
  const withdrawn = before.read.observations.filter((obs) => !present.has(keyOf(obs)));
  const parts: VintagePart[] = [];
  if (changed.read.observations.length > 0)
    parts.push({ action: 'Information', observations: changed.read.observations });
  if (withdrawn.length > 0) parts.push({ action: 'Delete', observations: withdrawn });
  return { ok: true, parts };
}

function tooLarge(max: number): VintageOutcome {
  return {
    ok: false,
    status: 413,
    detail: `The history would exceed ${max} observations: narrow the key or the periods.`,
  };
}
