// Tests that touch the store run against the store this run is configured for: PostgreSQL
// when DATABASE_URL is set (CI runs the suite once that way), else a fresh SQLite file.
// Each test store is isolated: its own temporary SQLite file, or its own PostgreSQL schema.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgres } from '../../src/store/dialects/postgres/open-postgres.js';
import { openSqlite } from '../../src/store/dialects/sqlite/open-sqlite.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import type { Store } from '../../src/store/store.js';

export const STORE_KIND: 'sqlite' | 'postgres' = process.env.DATABASE_URL ? 'postgres' : 'sqlite';

let announced = false;
function announce(): void {
  if (announced) return;
  announced = true;
  if (STORE_KIND === 'sqlite' && !process.env.CI) {
    console.log('# PostgreSQL store tests skipped: DATABASE_URL is not set (store tests ran on SQLite).');
  }
}

export interface TestStore {
  store: Store;
  dataDir: string;
  /** Connection settings for a child process (CLI, server) to open the same store. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export async function createTestStore(options: { migrate?: boolean } = {}): Promise<TestStore> {
  announce();
  const dataDir = mkdtempSync(join(tmpdir(), 'sicremi-test-'));
  let store: Store;
  let env: Record<string, string>;
  let dropSchema = async () => {};
  if (STORE_KIND === 'postgres') {
    const baseUrl = process.env.DATABASE_URL!;
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const url = new URL(baseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    store = openPostgres(url.toString());
    env = { DATABASE_URL: url.toString(), SICREMI_DATA_DIR: dataDir };
    dropSchema = async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    };
  } else {
    store = openSqlite(join(dataDir, 'sicremi.sqlite'));
    env = { SICREMI_DATA_DIR: dataDir };
  }
  if (options.migrate !== false) await migrateToLatest(store);
  return {
    store,
    dataDir,
    env,
    async cleanup() {
      await store.close();
      await dropSchema();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
