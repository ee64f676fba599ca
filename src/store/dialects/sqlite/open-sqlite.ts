// SQLite: one connection, WAL journal. Bulk loads run multi-row prepared statements inside the
// transaction that better-sqlite3 runs synchronously — the fastest path SQLite has (insert-rows.ts).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { ensurePrivateFile } from '../../private-files.js';
import type { Database } from '../../schema.js';
import type { Store, StoreTx } from '../../store.js';
import { createRowInserter } from './insert-rows.js';

export function openSqlite(file: string): Store {
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true });
    // Mode 0600 before SQLite opens it: its -wal and -shm files take the database file's mode.
    ensurePrivateFile(file);
  }
  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });

  const insertRows = createRowInserter(raw);

  const store: Store = {
    dialect: 'sqlite',
    db,
    async transaction(fn) {
      return db.transaction().execute((trx) => {
        const tx: StoreTx = { db: trx, bulkInsert: insertRows };
        return fn(tx);
      });
    },
    async bulkInsert(table, columns, rows) {
      return store.transaction((tx) => tx.bulkInsert(table, columns, rows));
    },
    describe: () => `sqlite:${file}`,
    close: () => db.destroy(),
  };
  return store;
}
