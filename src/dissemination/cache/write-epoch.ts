// A counter of the writes this process has committed to a store, so a value read from the store
// (the release fingerprint) can be reused within one turn of the event loop yet never across a
// write: every write — publishing a release included — goes through store.transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Store } from '../../store/store.js';

const EPOCHS = new WeakMap<object, number>();
const WATCHED = new WeakSet<object>();

export function writeEpoch(db: Kysely<Database>): number {
  return EPOCHS.get(db) ?? 0;
}

/** Counts the store's committed (or attempted) transactions from now on; idempotent. */
export function watchStoreWrites(store: Store): void {
  if (WATCHED.has(store)) return;
  WATCHED.add(store);
  const transaction = store.transaction.bind(store);
  store.transaction = async (fn) => {
    try {
      return await transaction(fn);
    } finally {
      EPOCHS.set(store.db, writeEpoch(store.db) + 1);
    }
  };
}
