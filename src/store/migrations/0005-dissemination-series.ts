// Public reads filter a country's rows on any breakdowns (say SEX and AGE, not the first
// slot). With every slot in the index, SQLite and PostgreSQL test those filters on index
// entries and fetch only the matching rows; it replaces observations_lookup, its prefix.
import type { Kysely } from 'kysely';
import type { DialectName } from './column-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createIndex('observations_series')
    .on('observations')
    .columns(['table_id', 'ref_area', 'dim1', 'dim2', 'dim3', 'dim4', 'dim5', 'dim6', 'time_period'])
    .execute();
  await db.schema.dropIndex('observations_lookup').ifExists().execute();
}
