// What a release revised: the still-published rows it superseded (FRAMEWORK §9), as the
// (country, period) slices they sat in. The values themselves are read back through the
// dissemination gateway, never from here, so a revision list discloses no more than the data.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface SupersededSlice {
  refArea: string;
  timePeriod: string;
}

/** The (country, period) slices holding rows that release `releaseId` superseded. */
export async function listSupersededSlices(
  db: Kysely<Database>,
  releaseId: number,
): Promise<SupersededSlice[]> {
  const rows = await db
    .selectFrom('observations')
    .select(['ref_area', 'time_period'])
    .distinct()
    .where('superseded_by', '=', releaseId)
    .orderBy('ref_area')
    .orderBy('time_period')
    .execute();
  return rows.map((r) => ({ refArea: r.ref_area, timePeriod: r.time_period }));
}
