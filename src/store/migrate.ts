import { Migrator, sql } from 'kysely';
import { listMigrations } from './migrations/index.js';
import type { Store } from './store.js';

export interface MigrationOutcome {
  applied: string[];
}

/** Brings the schema to the latest version; each migration runs in its own transaction. */
export async function migrateToLatest(store: Store): Promise<MigrationOutcome> {
  // On PostgreSQL the bookkeeping tables live in the current schema: Kysely would otherwise find
  // another schema's copies through the catalogue and skip creating its own.
  const schema =
    store.dialect === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]?.s
      : undefined;
  const migrator = new Migrator({
    db: store.db,
    ...(schema ? { migrationTableSchema: schema } : {}),
    provider: { getMigrations: async () => listMigrations(store.dialect) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
