// Benchmark of the dissemination API (issues 5 and 23); not a timed test. Loads N synthetic
// observations (default 10,000,000, bench/api-generate.ts) into a SQLite store — or, with
// DATABASE_URL, into the PostgreSQL schema bench_api_<N> (kept between runs) — starts the server
// in a child process and drives it with wrk (C; a Node load generator saturates a core here)
// at 50 connections:
//   (a) a typical query: one table, one country, all years, two dimensions filtered
//       (35 URLs, one per member state, in rotation);
//   (b) a cross-country aggregate: FB_SHARE for one year with its regional aggregates
//       (30 URLs, one per year);
//   (c) a static JSON route of the same server (/api/framework/tables), the baseline;
//   (d) distinct queries: a seeded generator of what public traffic asks (bench/api-queries.ts:
//       tables, countries, filters, periods, pivots, SDMX keys with c[] filters, indicators),
//       fewer than 5 % of requests repeating, with the answer cache on — which cannot help.
// (a) and (b) run with the in-process answer cache (what a deployment does) and with it off
// (every request reads the store and applies disclosure control: a cold read).
// Targets (issue 23): cold (a) p95 ≤ 50 ms and ≥ 1,000 req/s; cold (b) p95 ≤ 50 ms;
// (d) p95 ≤ 50 ms; no errors or time-outs. Issue 5's: (a) req/s ≥ 50 % of (c) with the cache.
// Run: npm run bench:api -- [--observations N] [--duration S] [--connections C] [--db FILE]
//   [--keep] [--load-only] [--only a,b,c,d] [--seed S]
// BENCH_CPU_PROF=<dir> profiles the server of the cache-off runs (node --cpu-prof).
import { execFile, fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { MEMBER_STATES } from '../src/framework/index.js';
import { openPostgres } from '../src/store/dialects/postgres/open-postgres.js';
import { openSqlite } from '../src/store/dialects/sqlite/open-sqlite.js';
import { prepareStore } from '../src/store/prepare-store.js';
import type { Store } from '../src/store/store.js';
import { FIRST_YEAR, generateObservations, LAST_YEAR } from './api-generate.js';
import { distinctQueries } from './api-queries.js';

const { values: args } = parseArgs({
  options: {
    observations: { type: 'string', default: '10000000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    db: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'load-only': { type: 'boolean', default: false },
    only: { type: 'string', default: 'a,b,c,d' },
    seed: { type: 'string', default: '23' },
  },
});
const N = Number(args.observations);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const ONLY = new Set(args.only.split(','));
const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sicremi-bench-api-'));
const POSTGRES = process.env.DATABASE_URL;
const dir = args.db ? dirname(args.db) : mkdtempSync(join(tmpdir(), 'sicremi-bench-api-store-'));
const file = args.db ?? join(dir, 'bench.sqlite');

/** The store's address for the server: the SQLite file, or the URL of the benchmark schema. */
function location(): string {
  if (!POSTGRES) return file;
  const url = new URL(POSTGRES);
  url.searchParams.set('options', `-c search_path=bench_api_${N}`);
  return url.toString();
}

async function openStore(): Promise<Store> {
  if (!POSTGRES) return openSqlite(file);
  const admin = new pg.Client({ connectionString: POSTGRES });
  await admin.connect();
  await admin.query(`create schema if not exists bench_api_${N}`);
  await admin.end();
  return openPostgres(location());
}

interface Measure {
  label: string;
  /** Server CPU time (user + system) per request, in microseconds. */
  cpuPerRequest: number;
  total: number;
  p50: number;
  p95: number;
  rps: number;
  errors: number;
  /** Share of requests that asked a query already asked in the run. */
  repeats: number;
}

interface Server {
  url: string;
  cpu: () => Promise<number>;
  stop: () => Promise<void>;
}

async function run(label: string, server: Server, paths: string[], duration = DURATION): Promise<Measure> {
  const before = await server.cpu();
  const measure = await wrk(label, server.url, paths, duration);
  const used = (await server.cpu()) - before;
  return { ...measure, cpuPerRequest: used / Math.max(1, measure.total) };
}

const THREADS = 2;

/** One wrk run over the paths (bench/wrk-paths.lua), each thread at its own offset. */
function wrk(
  label: string,
  url: string,
  paths: string[],
  duration: number,
): Promise<Omit<Measure, 'cpuPerRequest'>> {
  const pathsFile = join(work, 'paths.txt');
  const resultFile = join(work, 'wrk-result.json');
  writeFileSync(pathsFile, `${paths.join('\n')}\n`);
  rmSync(resultFile, { force: true });
  const wrkArgs = [
    `-t${THREADS}`,
    `-c${CONNECTIONS}`,
    `-d${duration}s`,
    '--timeout',
    '10s',
    '-s',
    join(here, 'wrk-paths.lua'),
    url,
    '--',
    pathsFile,
    String(THREADS),
  ];
  return new Promise((resolve, reject) => {
    execFile('wrk', wrkArgs, { env: { ...process.env, WRK_RESULT: resultFile } }, (error, _out, stderr) => {
      if (error) return reject(new Error(`wrk failed: ${stderr || error.message}`));
      const r = JSON.parse(readFileSync(resultFile, 'utf8')) as Record<string, number>;
      const total = r.requests!;
      resolve({
        label,
        p50: r.p50_us! / 1000,
        p95: r.p95_us! / 1000,
        rps: total / (r.duration_us! / 1e6),
        total,
        // wrk counts answers with a status ≥ 400 among its errors (non2xx adds the 3xx, for a look).
        errors: r.errors! + r.timeouts!,
        repeats: Math.max(0, total - paths.length) / Math.max(1, total),
      });
    });
  });
}

/**
 * Asks each path once (4 at a time) and returns the seconds it took: on a fresh server, the
 * first read of each release and country computes its disclosure protection, kept after.
 */
async function firstPass(url: string, paths: string[]): Promise<number> {
  const started = performance.now();
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const response = await fetch(url + path);
        await response.arrayBuffer();
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const profile = process.env.BENCH_CPU_PROF;
  const execArgv = ['--import', 'tsx'];
  if (profile && env.SICREMI_ANSWER_CACHE_ENTRIES === '0')
    execArgv.push('--cpu-prof', '--cpu-prof-dir', profile);
  const child = fork(join(here, 'api-server.ts'), [location()], {
    execArgv,
    env: { ...process.env, ...env, NODE_ENV: 'production' },
  });
  const address = await new Promise<string>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { address: string }).address));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const cpu = () =>
    new Promise<number>((resolve) => {
      child.once('message', (m) => {
        const { user, system } = (m as { cpu: { user: number; system: number } }).cpu;
        resolve(user + system);
      });
      child.send('cpu');
    });
  // A server still busy with queued requests (the distinct run's slowest) gets 5 s, then is
  // killed, so it does not weigh on the next server's runs.
  const stop = () =>
    new Promise<void>((resolve) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  return { url: address, cpu, stop };
}

async function load(): Promise<void> {
  const store = await openStore();
  try {
    await prepareStore(store);
    const existing = await store.db
      .selectFrom('observations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(existing.n) > 0) {
      console.log(`Reusing ${Number(existing.n).toLocaleString('en')} observations in ${store.dialect}`);
      return;
    }
    console.log(`Generating ${N.toLocaleString('en')} synthetic observations into ${store.dialect}`);
    const started = performance.now();
    const loaded = await generateObservations(store, N, (line) => console.log(line));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Loaded ${loaded.toLocaleString('en')} rows in ${seconds.toFixed(0)} s (${(loaded / seconds).toFixed(0)} rows/s)`,
    );
    // Planner statistics, as a maintained production database would have them.
    await sql`analyze`.execute(store.db);
  } finally {
    await store.close();
  }
}

function fmt(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

function verdict(met: boolean): string {
  return met ? 'met' : 'NOT met';
}

const typical = MEMBER_STATES.map((c) => `/api/data/MIG_STOCK_FB?REF_AREA=${c}&SEX=F&AGE=_T`);
const aggregate = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, i) => `/api/indicators/FB_SHARE?year=${FIRST_YEAR + i}`,
);

function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
}

try {
  await load();
  if (args['load-only']) process.exit(0);
  const loadBefore = loadAverage();
  // Enough distinct queries that even 5,000 req/s for the whole run repeats none.
  const distinct = distinctQueries(Number(args.seed), Math.max(20_000, 5000 * DURATION), N);
  const results: Measure[] = [];
  const firstPasses: string[] = [];
  for (const [mode, env] of [
    ['answer cache on', {}],
    ['answer cache off', { SICREMI_ANSWER_CACHE_ENTRIES: '0' }],
  ] as const) {
    const server = await startServer(env);
    try {
      const first = await firstPass(server.url, [...typical, ...aggregate]);
      firstPasses.push(`${first.toFixed(1)} s [${mode}]`);
      // Only quick queries: a slow one still running would weigh on the next run's figures.
      await run('warm-up', server, [...typical, ...aggregate], 3).catch(() => undefined);
      if (mode === 'answer cache on' && ONLY.has('c'))
        results.push(await run('(c) static JSON /api/framework/tables', server, ['/api/framework/tables']));
      if (ONLY.has('a'))
        results.push(await run(`(a) one table, one country, all years, 2 dims [${mode}]`, server, typical));
      if (ONLY.has('b'))
        results.push(await run(`(b) cross-country aggregate FB_SHARE [${mode}]`, server, aggregate));
      if (mode === 'answer cache on' && ONLY.has('d'))
        results.push(await run(`(d) distinct queries, seed ${args.seed} [${mode}]`, server, distinct));
    } finally {
      await server.stop();
    }
  }
  const baseline = results.find((r) => r.label.startsWith('(c)'));
  const store = POSTGRES ? 'PostgreSQL' : 'SQLite';
  console.log(
    `\n${store}, ${N.toLocaleString('en')} observations, ${CONNECTIONS} connections, ${DURATION} s per run, wrk ${THREADS} threads`,
  );
  console.log(`Load average (1, 5, 15 min): before ${loadBefore}; after ${loadAverage()}`);
  console.log(
    `First pass of a fresh server over the ${typical.length + aggregate.length} (a) and (b) URLs, one each: ${firstPasses.join(', ')}\n`,
  );
  console.log('| Scenario | p50 | p95 | req/s | server CPU/request | errors | target |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  const targets: string[] = [];
  for (const r of results) {
    const cold = r.label.includes('[answer cache off]');
    const clean = r.errors === 0;
    let target = '';
    if (r.label.startsWith('(a)') && !cold && baseline) {
      const share = r.rps / baseline.rps;
      const cpuShare = baseline.cpuPerRequest / r.cpuPerRequest;
      target = `p95 ${r.p95 <= 50 ? '≤' : '>'} 50 ms (${(r.p95 / 50).toFixed(2)}×); req/s = ${(share * 100).toFixed(0)} % of (c) (target ≥ 50 %); CPU-bound ceiling ${(cpuShare * 100).toFixed(0)} % of (c)`;
    } else if (r.label.startsWith('(a)')) {
      const met = r.p95 <= 50 && r.rps >= 1000 && clean;
      target = `cold: p95 ≤ 50 ms and ≥ 1,000 req/s, no errors: ${verdict(met)} (p95 ${(r.p95 / 50).toFixed(2)}× the target, req/s ${(r.rps / 1000).toFixed(2)}×${baseline ? `, ${((r.rps / baseline.rps) * 100).toFixed(0)} % of (c)` : ''})`;
      targets.push(`cold (a) [${store}]: ${verdict(met)}`);
    } else if (r.label.startsWith('(b)') && cold) {
      const met = r.p95 <= 50 && clean;
      target = `cold: p95 ≤ 50 ms, no errors: ${verdict(met)} (${(r.p95 / 50).toFixed(2)}×)`;
      targets.push(`cold (b) [${store}]: ${verdict(met)}`);
    } else if (r.label.startsWith('(b)')) {
      target = `p95 ${r.p95 <= 200 ? '≤' : '>'} 200 ms (${(r.p95 / 200).toFixed(2)}×)`;
    } else if (r.label.startsWith('(d)')) {
      const met = r.p95 <= 50 && clean && r.repeats < 0.05;
      target = `p95 ≤ 50 ms, no errors, < 5 % repeats (${(r.repeats * 100).toFixed(1)} %): ${verdict(met)} (${(r.p95 / 50).toFixed(2)}×${baseline ? `; req/s ${((r.rps / baseline.rps) * 100).toFixed(0)} % of (c)` : ''})`;
      targets.push(`distinct queries [${store}]: ${verdict(met)}`);
    }
    console.log(
      `| ${r.label} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${r.rps.toFixed(0)} | ${r.cpuPerRequest.toFixed(0)} µs | ${r.errors} | ${target} |`,
    );
  }
  console.log(`\nTargets (issue 23): ${targets.join('; ')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
  if (!args.keep && !args.db && !POSTGRES) rmSync(dir, { recursive: true, force: true });
}
