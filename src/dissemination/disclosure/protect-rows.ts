// Disclosure control needs whole slices, not the rows a query happened to select: a filtered
// read (say, women only) must hide what the full table hides. Only slices holding a cell that
// is protected on its own can need any suppression, so those few are found per release
// (cached: releases are immutable), loaded whole and protected once (cached too).
import type { Kysely } from 'kysely';
import type { TableDef } from '../../framework/types.js';
import {
  listSensitiveSlices,
  loadSlices,
  type PublishedObservation,
} from '../../store/repositories/observations.js';
import type { Database } from '../../store/schema.js';
import { LruCache } from '../lru-cache.js';
import { perStore } from '../per-store.js';
import { cellKeyOf } from './cell-key.js';
import { DISCLOSURE_RULES as RULES } from './disclosure-rules.js';
import { type Protection, protectSlice, type SliceProtection } from './protect-slice.js';

interface Caches {
  sensitive: LruCache<number, Promise<Set<string>>>;
  slices: LruCache<string, Promise<SliceProtection>>;
}

const CACHES = perStore<Caches>(() => ({ sensitive: new LruCache(2000), slices: new LruCache(20000) }));

function sensitiveSlicesOf(db: Kysely<Database>, table: TableDef, releaseId: number): Promise<Set<string>> {
  const caches = CACHES.of(db);
  let found = caches.sensitive.get(releaseId);
  if (!found) {
    const survey = table.survey
      ? { cvAbove: RULES.surveyCvSuppressAbove, sampleBelow: RULES.surveySampleBelow }
      : undefined;
    found = listSensitiveSlices(db, releaseId, survey).then(
      (slices) => new Set(slices.map((s) => `${s.refArea}|${s.timePeriod}`)),
    );
    found.catch(() => caches.sensitive.delete(releaseId));
    caches.sensitive.set(releaseId, found);
  }
  return found;
}

/** Protections of the given slices of one release and country: cached, else loaded together. */
function protectionsOf(
  db: Kysely<Database>,
  table: TableDef,
  releaseId: number,
  refArea: string,
  periods: readonly string[],
): Map<string, Promise<SliceProtection>> {
  const caches = CACHES.of(db);
  const out = new Map<string, Promise<SliceProtection>>();
  const missing: string[] = [];
  for (const period of periods) {
    const cached = caches.slices.get(`${releaseId}|${refArea}|${period}`);
    if (cached) out.set(period, cached);
    else missing.push(period);
  }
  if (missing.length === 0) return out;
  const loaded = loadSlices(db, table, releaseId, refArea, missing);
  for (const period of missing) {
    const id = `${releaseId}|${refArea}|${period}`;
    const protection = loaded.then((slices) => protectSlice(table, slices.get(period) ?? []));
    protection.catch(() => caches.slices.delete(id));
    caches.slices.set(id, protection);
    out.set(period, protection);
  }
  return out;
}

/** The protection of each given row (undefined when the row is published as it is). */
export async function protectRows(
  db: Kysely<Database>,
  table: TableDef,
  rows: readonly PublishedObservation[],
): Promise<(Protection | undefined)[]> {
  const releases = [...new Set(rows.map((r) => r.releaseId))];
  const sensitive = new Map<number, Set<string>>();
  await Promise.all(releases.map(async (id) => sensitive.set(id, await sensitiveSlicesOf(db, table, id))));
  // Sensitive slices the rows touch, grouped by release and country so each group loads at once.
  const needed = new Map<string, { releaseId: number; refArea: string; periods: Set<string> }>();
  for (const row of rows) {
    const refArea = row.key.REF_AREA ?? '';
    const timePeriod = row.key.TIME_PERIOD ?? '';
    if (!sensitive.get(row.releaseId)?.has(`${refArea}|${timePeriod}`)) continue;
    const group = `${row.releaseId}|${refArea}`;
    if (!needed.has(group)) needed.set(group, { releaseId: row.releaseId, refArea, periods: new Set() });
    needed.get(group)!.periods.add(timePeriod);
  }
  const protections = new Map<string, SliceProtection>();
  const pending: Promise<unknown>[] = [];
  for (const { releaseId, refArea, periods } of needed.values()) {
    for (const [period, protection] of protectionsOf(db, table, releaseId, refArea, [...periods])) {
      pending.push(protection.then((p) => protections.set(`${releaseId}|${refArea}|${period}`, p)));
    }
  }
  await Promise.all(pending);
  return rows.map((row) => {
    const slice = protections.get(`${row.releaseId}|${row.key.REF_AREA ?? ''}|${row.key.TIME_PERIOD ?? ''}`);
    return slice?.get(cellKeyOf(row, table));
  });
}
