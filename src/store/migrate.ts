import { Migrator, sql } from 'kysely';
import { listMigrations } from './migrations/index.js';
import type { Store } from './store.js';

export interface MigrationOutcome {
  applied: string[];
}

// PostgreSQL's "schema does not exist": Kysely's catalogue scan covers every schema of the
// database, so a schema dropped by someone else during the scan fails it. Nothing was applied
// then, and scanning again is safe.
const SCHEMA_VANISHED = '3F000';
const ATTEMPTS = 3;

/** Brings the schema to the latest version; each migration runs in its own transaction. */
export async function migrateToLatest(store: Store): Promise<MigrationOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await migrateOnce(store);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (store.dialect !== 'postgres' || code !== SCHEMA_VANISHED || attempt >= ATTEMPTS) throw error;
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
