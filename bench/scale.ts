// Benchmark of the production topology (issue 22); not a timed test. A PostgreSQL primary and
// its streaming replica, SICREMI processes from the production build (demo data loaded) reading
// public data from the replica, nginx in front with deploy/sicremi-locations.conf — the set-up of
// test/production-topology.test.ts. autocannon drives public data reads (every table with
// releases × every member state, in rotation):
//   direct  — one process, no proxy (the baseline);
//   nginx×1 — nginx in front of one process;
//   nginx×2 — nginx in front of two processes.
// Printed: req/s, p50/p95 latency, and nginx's cache hit ratio (answers served from its cache,
// fresh or revalidated with a 304, over all answers) from its access log.
// Needs root (the PostgreSQL cluster runs as the postgres user) and nginx.
// Run: npm run bench:scale -- [--duration S] [--connections C]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { MEMBER_STATES } from '../src/framework/index.js';
import { freePort } from '../test/support/topology/free-port.js';
import { nginxUnavailable, startNginx } from '../test/support/topology/nginx-front.js';
import { pgClusterUnavailable, startPgCluster } from '../test/support/topology/pg-cluster.js';
import { BUILT_MAIN, type SicremiProcess, startSicremi } from '../test/support/topology/sicremi-process.js';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
});
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);

interface Round {
  label: string;
  rps: number;
  p50: number;
  p95: number;
  errors: number;
  hitRatio?: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function drive(label: string, url: string, paths: string[]): Promise<Round> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: DURATION,
        headers: { 'accept-encoding': 'gzip, deflate, br' },
        requests: paths.map((path) => ({ path })),
      },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        resolve({
          label,
          rps: result.requests.average,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          errors: result.non2xx + result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
}

/** Answers nginx gave from its cache (fresh, revalidated, or stale while updating) over all. */
function cacheHitRatio(log: string): number {
  const statuses = [...log.matchAll(/ cache=(\S+)/g)].map((m) => m[1]);
  const hits = statuses.filter(
    (s) => s === 'HIT' || s === 'REVALIDATED' || s === 'UPDATING' || s === 'STALE',
  );
  return statuses.length === 0 ? 0 : hits.length / statuses.length;
}

async function throughNginx(label: string, nodes: SicremiProcess[], paths: string[]): Promise<Round> {
  const nginx = await startNginx(
    await freePort(),
    nodes.map((n) => n.port),
  );
  try {
    const round = await drive(label, nginx.url, paths);
    return { ...round, hitRatio: cacheHitRatio(nginx.accessLog()) };
  } finally {
    await nginx.stop();
  }
}

async function main(): Promise<void> {
  const unavailable = pgClusterUnavailable() ?? nginxUnavailable();
  if (unavailable) throw new Error(`bench:scale cannot run here: ${unavailable}`);
  if (!existsSync(BUILT_MAIN)) {
    const build = fileURLToPath(new URL('../scripts/build.mjs', import.meta.url));
    if (spawnSync(process.execPath, [build, '--server-only'], { stdio: 'inherit' }).status !== 0) {
      throw new Error('the production build failed');
    }
  }
  const cluster = await startPgCluster();
  const nodes: SicremiProcess[] = [];
  try {
    const env = {
      DATABASE_URL: cluster.primaryUrl,
      DATABASE_READ_URL: cluster.replicaUrl,
      SICREMI_DEMO: 'true',
    };
    nodes.push(await startSicremi(await freePort(), env));
    nodes.push(await startSicremi(await freePort(), env));
    const first = nodes[0]!;
    const { releases } = (await (await fetch(`${first.url}/api/releases?limit=100`)).json()) as {
      releases: { tableId?: string; table?: string }[];
    };
    const tables = [
      ...new Set(releases.map((r) => r.tableId ?? r.table).filter((t): t is string => Boolean(t))),
    ];
    const paths = tables.flatMap((table) =>
      MEMBER_STATES.map((iso3) => `/api/data/${table}?REF_AREA=${iso3}`),
    );
    process.stdout.write(
      `bench:scale — ${paths.length} public URLs (${tables.length} tables × ${MEMBER_STATES.length} countries), ` +
        `${CONNECTIONS} connections, ${DURATION} s per round\n`,
    );
    // Every process answers each URL once first: the rounds compare topologies, not cold caches.
    for (const node of nodes) {
      for (const path of paths) await (await fetch(`${node.url}${path}`)).arrayBuffer();
    }
    const rounds = [
      await drive('direct (1 process, no proxy)', first.url, paths),
      await throughNginx('nginx × 1 process', [first], paths),
      await throughNginx('nginx × 2 processes', nodes, paths),
    ];
    process.stdout.write(
      '\nround                           req/s    p50 ms   p95 ms  errors  nginx cache hits\n',
    );
    for (const r of rounds) {
      process.stdout.write(
        `${r.label.padEnd(30)} ${r.rps.toFixed(0).padStart(6)} ${r.p50.toFixed(1).padStart(9)} ${r.p95
          .toFixed(1)
          .padStart(
            8,
          )} ${String(r.errors).padStart(7)}  ${r.hitRatio === undefined ? '—' : `${(r.hitRatio * 100).toFixed(1)} %`}\n`,
      );
    }
  } finally {
    await Promise.all(nodes.map((n) => n.cleanup()));
    await cluster.stop();
  }
}

await main();
