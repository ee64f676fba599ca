import { Migrator, sql } from 'kysely';
import { listMigrations } from './migrations/index.js';
import type { Store } from './store.js';

export interface MigrationOutcome {
  applied: string[];
}

// Kysely's catalogue scan covers every schema of the database, so a schema dropped by someone
// else during the scan fails it, as "schema does not exist" (3F000) or, when the schema goes
// between listing its tables and reading one, "relation does not exist" (42P01) naming another
// schema's table. Nothing was applied then, and scanning again is safe.
const SCHEMA_VANISHED = new Set(['3F000', '42P01']);
const ATTEMPTS = 5;

/** Brings the schema to the latest version; each migration runs in its own transaction. */
export async function migrateToLatest(store: Store): Promise<MigrationOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await migrateOnce(store);
    } catch (error) {
      const code = String((error as { code?: unknown }).code);
      if (store.dialect !== 'postgres' || !SCHEMA_VANISHED.has(code) || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function migrateOnce(store: Store): Promise<MigrationOutcome> {
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
