// The few places where SQLite and PostgreSQL DDL differ, so migrations read the same on both.
import type { CreateTableBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
type AnyTable = CreateTableBuilder<any, any>;

export function addIdColumn(table: AnyTable, dialect: DialectName): AnyTable {
  return dialect === 'postgres'
    ? table.addColumn('id', 'serial', (c) => c.primaryKey())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** Observation columns shared by staged and published observations. */
export function addObservationColumns(table: AnyTable): AnyTable {
  let t = table
    .addColumn('table_id', 'text', (c) => c.notNull())
    .addColumn('ref_area', 'text', (c) => c.notNull())
    .addColumn('time_period', 'text', (c) => c.notNull());
  for (const slot of ['dim1', 'dim2', 'dim3', 'dim4', 'dim5', 'dim6']) {
    t = t.addColumn(slot, 'text', (c) => c.notNull().defaultTo(''));
  }
  return t
    .addColumn('obs_value', 'double precision')
    .addColumn('obs_status', 'text', (c) => c.notNull().defaultTo('A'))
    .addColumn('conf_status', 'text', (c) => c.notNull().defaultTo('F'))
    .addColumn('obs_note', 'text')
    .addColumn('cv', 'double precision')
    .addColumn('sample_n', 'integer');
}
