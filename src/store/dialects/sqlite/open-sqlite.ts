// SQLite: one connection, WAL journal. Bulk loads use one prepared statement inside the
// transaction that better-sqlite3 runs synchronously — the fastest path SQLite has.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../../schema.js';
import type { BulkRows, Store, StoreTx } from '../../store.js';

export function openSqlite(file: string): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });

  async function insertRows(table: string, columns: readonly string[], rows: BulkRows): Promise<number> {
    const placeholders = columns.map(() => '?').join(',');
    const stmt = raw.prepare(
      `insert into "${table}" (${columns.map((c) => `"${c}"`).join(',')}) values (${placeholders})`,
    );
    let count = 0;
    // A plain loop for in-memory rows: for-await would cost a microtask per row.
    if (Symbol.iterator in rows) {
      for (const row of rows) {
        stmt.run(row as unknown[]);
        count++;
      }
      return count;
    }
    for await (const row of rows) {
      stmt.run(row as unknown[]);
      count++;
    }
    return count;
  }

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
