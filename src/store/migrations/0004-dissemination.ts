// Indexes for public reads. Disclosure control works per slice — one release's cells of one
// country and period — so a slice must be loadable whole, and the few slices that hold a
// confidential cell must be found without scanning the release.
import { type Kysely, sql } from 'kysely';
import type { DialectName } from './column-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createIndex('observations_slice')
    .on('observations')
    .columns(['release_id', 'ref_area', 'time_period'])
    .execute();
  // Partial: almost every cell is free for publication, so this index stays tiny. Queries must
  // repeat the predicate literally (not as a bound parameter) for the planner to use it.
  await db.schema
    .createIndex('observations_confidential')
    .on('observations')
    .columns(['release_id', 'ref_area', 'time_period'])
    .where(sql.ref('conf_status'), '<>', sql.lit('F'))
    .execute();
  // Cross-country reads ("every country, totals only") filter on the breakdowns, not the country.
  await db.schema
    .createIndex('observations_breakdown')
    .on('observations')
    .columns(['table_id', 'dim1', 'dim2', 'dim3', 'time_period'])
    .execute();
}
