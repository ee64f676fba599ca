// Starting SICREMI: open and prepare the store, load the demo on an empty store, listen,
// and close cleanly on SIGINT/SIGTERM so no write is cut in half.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { startBulkJobRunner } from '../dissemination/bulk/bulk-job-runner.js';
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
  try {
    await hooks.beforeListen?.(store);
    const app = await buildApp({ store, config });
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
        closing ??= bulkJobs
          .stop()
          .then(() => app.close())
          .then(() => store.close());
        return closing;
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
