// The server under benchmark, in its own process so the load generator does not share its
// event loop: opens the benchmark SQLite file, listens on a free port, reports it to the parent.
import { readConfig } from '../src/config.js';
import { buildApp } from '../src/server/app.js';
import { openSqlite } from '../src/store/dialects/sqlite/open-sqlite.js';

const file = process.argv[2];
if (!file) throw new Error('usage: api-server.ts <sqlite file>');
const store = openSqlite(file);
// The answer cache's size comes from the environment (SICREMI_ANSWER_CACHE_ENTRIES), as in production.
const { answerCacheEntries } = readConfig();
const app = await buildApp({
  store,
  // The public-read rate limit is off: a benchmark is one client asking many distinct queries.
  config: { logLevel: 'silent', maxUploadBytes: 1e6, answerCacheEntries, publicReadsPerMinute: 0 },
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ address });
// The parent asks for CPU time around each run: server CPU per request does not depend on
// what else the machine is doing, unlike latency and throughput.
process.on('message', (message) => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
});
process.on('SIGTERM', async () => {
  await app.close();
  await store.close();
  process.exit(0);
});
