// Reads a table in batches, inside the caller's transaction (one consistent snapshot):
// a server-side cursor on PostgreSQL, rowid ranges on SQLite. Memory stays bounded.
import { sql } from 'kysely';
import type { DialectName, StoreTx } from '../../store/store.js';

const BATCH = 2000;

export async function* readTableRows(
  tx: StoreTx,
  dialect: DialectName,
  table: string,
): AsyncGenerator<Record<string, unknown>[]> {
  const name = sql.id(table);
  if (dialect === 'postgres') {
    await sql`declare backup_cursor no scroll cursor for select * from ${name}`.execute(tx.db);
    try {
      while (true) {
        const batch = await sql<Record<string, unknown>>`fetch ${sql.lit(BATCH)} from backup_cursor`.execute(
          tx.db,
        );
        if (batch.rows.length === 0) return;
        yield batch.rows;
      }
    } finally {
      await sql`close backup_cursor`.execute(tx.db);
    }
  }
  let after = -1;
  while (true) {
    const batch = await sql<Record<string, unknown> & { __rowid: number }>`
      select rowid as __rowid, * from ${name} where rowid > ${after} order by rowid limit ${BATCH}`.execute(
      tx.db,
    );
    if (batch.rows.length === 0) return;
    after = Number(batch.rows.at(-1)!.__rowid);
    yield batch.rows.map(({ __rowid: _rowid, ...row }) => row);
  }
}
