import { join } from 'node:path';
import type { Config } from '../config.js';
import { openPostgres } from './dialects/postgres/open-postgres.js';
import { openSqlite } from './dialects/sqlite/open-sqlite.js';
import type { Store } from './store.js';

/** PostgreSQL when DATABASE_URL is set, else the embedded SQLite file in the data directory. */
export function openStore(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Store {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : openSqlite(join(config.dataDir, 'sicremi.sqlite'));
}
