// What the public can see exists, without its figures: which countries and years each table
// covers at a time, and which countries each release covers. Existence is public (a protected
// cell is still shown, as Q), so these read the store directly rather than through the gateway.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface CoverageRow {
  tableId: string;
  refArea: string;
  timePeriod: string;
}

export async function listPublicCoverage(
  db: Kysely<Database>,
  at: string,
  tableId?: string,
): Promise<CoverageRow[]> {
  let q = db
    .selectFrom('observations')
    .select(['table_id', 'ref_area', 'time_period'])
    .distinct()
    .where('valid_from', '<=', at)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]));
  if (tableId) q = q.where('table_id', '=', tableId);
  const rows = await q.orderBy('table_id').orderBy('ref_area').orderBy('time_period').execute();
  return rows.map((r) => ({ tableId: r.table_id, refArea: r.ref_area, timePeriod: r.time_period }));
}

/** The countries of each release (the ref_area of its cells). */
export async function listReleaseCountries(
  db: Kysely<Database>,
  releaseIds: readonly number[],
): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (releaseIds.length === 0) return out;
  const rows = await db
    .selectFrom('observations')
    .select(['release_id', 'ref_area'])
    .distinct()
    .where('release_id', 'in', [...releaseIds])
    .orderBy('ref_area')
    .execute();
  for (const row of rows) {
    const id = Number(row.release_id);
    out.set(id, [...(out.get(id) ?? []), row.ref_area]);
  }
  return out;
}
