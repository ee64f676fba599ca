// The server under benchmark, in its own process so the load generator does not share its
// event loop: opens the benchmark store (a SQLite file, or a PostgreSQL URL), listens on a free
// port, reports it to the parent.
import { readConfig } from '../src/config.js';
import { buildApp } from '../src/server/app.js';
import { openPostgres } from '../src/store/dialects/postgres/open-postgres.js';
import { openSqlite } from '../src/store/dialects/sqlite/open-sqlite.js';

const location = process.argv[2];
if (!location) throw new Error('usage: api-server.ts <sqlite file | postgres:// URL>');
const store = /^postgres(ql)?:\/\//.test(location) ? openPostgres(location) : openSqlite(location);
// The answer cache's size comes from the environment (SICREMI_ANSWER_CACHE_ENTRIES), as in production.
const { answerCacheEntries } = readConfig();
const app = await buildApp({
  store,
  // The public-read rate limit is off: a benchmark is one client asking many distinct queries.
  config: { logLevel: 'silent', maxUploadBytes: 1e6, answerCacheEntries, publicReadsPerMinute: 0 },
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
if (process.send) process.send({ address });
else console.log(address);
// The parent asks for CPU time around each run: server CPU per request does not depend on
// what else the machine is doing, unlike latency and throughput.
process.on('message', (message) => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
});
process.on('SIGTERM', async () => {
  await app.close();
  await store.close();
  // A normal exit, so --cpu-prof (BENCH_CPU_PROF) writes its profile.
  process.exit(0);
});
