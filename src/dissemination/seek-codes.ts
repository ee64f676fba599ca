// Public reads name a table and its countries and filter on some breakdowns, often not on the
// first ones: "women, all ages" of MIG_STOCK_FB leaves COUNTRY_OF_BIRTH (dim1) free. The series
// index (table, country, dim1…dim6, period) then serves only the table and country, and the store
// reads every row of that table and country (24,000 at 10 million observations) to return 750.
// Naming every code the free slots hold there (a superset of what can match) lets both stores
// seek straight to the rows: the answer is the same, the rows read are the rows returned.
// The codes present are read once per table, country and release set (the fingerprint of the
// answer cache), so a new release — a new code with it — is seen as soon as answers are.
import type { Kysely } from 'kysely';
import { breakdownDimensions } from '../store/observation-row.js';
import { listSlotCodes, type ObservationSelection } from '../store/repositories/observations.js';
import { type Database, DIM_SLOTS } from '../store/schema.js';
import { sharedFingerprint } from './cache/validators.js';
import { LruCache } from './lru-cache.js';
import { perStore } from './per-store.js';

/** Beyond this many index seeks (codes multiplied over the slots), a range scan is as good. */
const MAX_SEEKS = 20_000;

const CODES = perStore(() => new LruCache<string, Promise<string[]>>(20_000));

function slotCodes(db: Kysely<Database>, tag: string, table: string, refArea: string, slot: number) {
  const cache = CODES.of(db);
  const id = `${tag}|${table}|${refArea}|${slot}`;
  let codes = cache.get(id);
  if (!codes) {
    codes = listSlotCodes(db, table, refArea, DIM_SLOTS[slot]!);
    codes.catch(() => cache.delete(id));
    cache.set(id, codes);
  }
  return codes;
}

/**
 * The selection with the free breakdowns before its last filtered one bound to the codes they
 * hold, when its countries are named and the seeks stay few; else the selection as it is.
 * Only for reads of the present or the past: the codes are those of the releases public now.
 */
export async function withSeekCodes(
  db: Kysely<Database>,
  selection: ObservationSelection,
  now: string = new Date().toISOString(),
): Promise<ObservationSelection> {
  const filters = selection.filters ?? {};
  const countries = filters.REF_AREA ?? [];
  if (countries.length === 0 || (selection.at !== undefined && selection.at > now)) return selection;
  const dims = breakdownDimensions(selection.table);
  let last = -1;
  dims.forEach((dim, i) => {
    if ((filters[dim]?.length ?? 0) > 0) last = i;
  });
  const free = dims.slice(0, last + 1).flatMap((dim, i) => ((filters[dim]?.length ?? 0) > 0 ? [] : [i]));
  if (free.length === 0) return selection;
  const { tag } = await sharedFingerprint(db, now);
  const bound: Record<string, string[]> = {};
  for (const slot of free) {
    const lists = await Promise.all(
      countries.map((country) => slotCodes(db, tag, selection.table.id, country, slot)),
    );
    bound[dims[slot]!] = [...new Set(lists.flat())];
  }
  let seeks = countries.length;
  for (let i = 0; i <= last; i++) seeks *= (bound[dims[i]!] ?? filters[dims[i]!]!).length;
  if (seeks > MAX_SEEKS) return selection;
  // A free slot no row of these countries fills: nothing can match, and the empty list would
  // mean "all" — keep the original selection, which finds nothing the slow way.
  if (Object.values(bound).some((codes) => codes.length === 0)) return selection;
  return { ...selection, filters: { ...filters, ...bound } };
}
