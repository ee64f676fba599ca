// A justification may cover a group of warnings (one cause, e.g. a new breakdown by sex)
// instead of one row or cell: the group's deterministic id (`SERIES_BREAK:start:SEX`).
import type { Kysely } from 'kysely';
import type { DialectName } from './column-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('justifications').addColumn('warning_group', 'text').execute();
}
