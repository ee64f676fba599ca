// Public reads go to the read replica (DATABASE_READ_URL), everything else to the primary.
// A request that carries credentials (a session cookie or an Authorization header) reads the
// primary: a signed-in caller must see its own writes, which the replica may not have yet.
// Anonymous callers never write, so the replica's slight lag is invisible to them — and the
// release fingerprint they are answered under is read from the replica too, so no answer
// names a release the replica has not received yet.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { hasCredentials } from './cache-policy.js';

const READS_PRIMARY = new AsyncLocalStorage<boolean>();

/** Decides, for each request, which store its public reads use; register before the routes. */
export function registerReadRouting(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    READS_PRIMARY.run(hasCredentials(request), done);
  });
}

/** A store that reads from `replica` during anonymous requests and from `primary` otherwise. */
export function routeReads(primary: Store, replica: Store): Store {
  const current = () => (READS_PRIMARY.getStore() === false ? replica : primary);
  return {
    dialect: primary.dialect,
    get db() {
      return current().db;
    },
    transaction: (fn) => current().transaction(fn),
    bulkInsert: (table, columns, rows) => primary.bulkInsert(table, columns, rows),
    describe: () => `${primary.describe()} (reads: ${replica.describe()})`,
    // Each store is closed by whoever opened it.
    close: async () => {},
  };
}
