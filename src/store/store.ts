// The store is one small interface over Kysely. A replaceable part per engine sits in
// dialects/{sqlite,postgres}/ with the same files; everything above talks to this interface.
import type { Kysely } from 'kysely';
import type { DialectName } from './migrations/column-helpers.js';
import type { Database } from './schema.js';

export type { DialectName };

/** Rows for a bulk load: arrays of column values, in the order of `columns`. */
export type BulkRows = Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>;

export interface BulkInsert {
  /** Loads rows through the engine's fastest path (prepared statement on SQLite, COPY on PostgreSQL). */
  bulkInsert(table: keyof Database & string, columns: readonly string[], rows: BulkRows): Promise<number>;
}

export interface StoreTx extends BulkInsert {
  db: Kysely<Database>;
}

export interface Store extends BulkInsert {
  readonly dialect: DialectName;
  readonly db: Kysely<Database>;
  /** Runs `fn` in one transaction: everything or nothing. */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /** A short description (engine and location, without credentials) for logs and /health. */
  describe(): string;
  close(): Promise<void>;
}
