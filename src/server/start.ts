// Starting SICREMI: open and prepare the store, load the demo on an empty store, listen,
// and close cleanly on SIGINT/SIGTERM so no write is cut in half.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { startBulkJobRunner } from '../dissemination/bulk/bulk-job-runner.js';
import { openPostgres } from '../store/dialects/postgres/open-postgres.js';
import { openPreparedStore } from '../store/prepare-store.js';
import type { Store } from '../store/store.js';
import { buildApp } from './app.js';

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  url: string;
  close(): Promise<void>;
}

export interface StartHooks {
  /** Runs on the prepared store before the server listens (demo data, first admin…). */
  beforeListen?: (store: Store) => Promise<void>;
}

export async function startServer(config: Readonly<Config>, hooks: StartHooks = {}): Promise<RunningServer> {
  const store = await openPreparedStore(config);
  // The replica is only read: its schema is the primary's, migrated there.
  const readReplica = config.databaseReadUrl ? openPostgres(config.databaseReadUrl) : undefined;
  try {
    await hooks.beforeListen?.(store);
    const app = await buildApp({ store, config, ...(readReplica ? { readReplica } : {}) });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}`;
    const bulkJobs = startBulkJobRunner(store, app.log);
    let closing: Promise<void> | undefined;
    return {
      app,
      store,
      url,
      close() {
        // A connection busy when closing began would stay open for its keep-alive time once its
        // answer is sent: close each as soon as it is idle, so shutdown ends with the last answer.
        const sweep = setInterval(() => app.server.closeIdleConnections(), 50);
        closing ??= bulkJobs
          .stop()
          .then(() => app.close())
          .finally(() => clearInterval(sweep))
          .then(() => Promise.all([store.close(), readReplica?.close()]).then(() => {}));
        return closing;
      },
    };
  } catch (error) {
    await Promise.all([store.close(), readReplica?.close()]);
    throw error;
  }
}
