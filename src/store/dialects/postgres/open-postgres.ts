// PostgreSQL, the production store. A transaction pins one pooled connection so that Kysely
// queries and COPY bulk loads run on the same connection inside the same BEGIN … COMMIT.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../../schema.js';
import type { Store, StoreTx } from '../../store.js';
import { copyRows } from './copy-rows.js';

// int8 (COUNT, bigint) as numbers: SICREMI's counts and sizes stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
// float8 and numeric as numbers.
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

function pinnedPool(client: pg.PoolClient) {
  // Delegate instead of inheriting: pg's Client keeps its state on `this`, which must stay the real client.
  const pinned = { query: client.query.bind(client), release: () => {} } as unknown as pg.PoolClient;
  return { connect: async () => pinned, end: async () => {} };
}

export function openPostgres(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });

  const store: Store = {
    dialect: 'postgres',
    db,
    async transaction(fn) {
      const client = await pool.connect();
      const trxDb = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pinnedPool(client) }) });
      const tx: StoreTx = {
        db: trxDb,
        bulkInsert: (table, columns, rows) => copyRows(client, table, columns, rows),
      };
      try {
        await client.query('BEGIN');
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async bulkInsert(table, columns, rows) {
      return store.transaction((tx) => tx.bulkInsert(table, columns, rows));
    },
    describe: () => {
      const u = new URL(url);
      return `postgres://${u.host}${u.pathname}`;
    },
    close: () => db.destroy(),
  };
  return store;
}
