// Benchmark of the dissemination API (issue 5); not a timed test. Loads N synthetic
// observations (default 10,000,000, bench/api-generate.ts) into a SQLite store, starts the
// server in a child process and drives it with autocannon at 50 connections:
//   (a) a typical query: one table, one country, all years, two dimensions filtered
//       (35 URLs, one per member state, in rotation);
//   (b) a cross-country aggregate: FB_SHARE for one year with its regional aggregates
//       (30 URLs, one per year);
//   (c) a static JSON route of the same server (/api/framework/tables), the baseline.
// (a) and (b) run twice: with the in-process answer cache (what a deployment does) and with it
// off (every request reads the store and applies disclosure control).
// Targets: (a) p95 ≤ 50 ms, (b) p95 ≤ 200 ms, (a) req/s ≥ 50 % of (c).
// Run: npm run bench:api -- [--observations N] [--duration S] [--connections C] [--db FILE] [--keep]
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { MEMBER_STATES } from '../src/framework/index.js';
import { openSqlite } from '../src/store/dialects/sqlite/open-sqlite.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { FIRST_YEAR, generateObservations, LAST_YEAR } from './api-generate.js';

const { values: args } = parseArgs({
  options: {
    observations: { type: 'string', default: '10000000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    db: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const N = Number(args.observations);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const here = dirname(fileURLToPath(import.meta.url));
const dir = args.db ? dirname(args.db) : mkdtempSync(join(tmpdir(), 'sicremi-bench-api-'));
const file = args.db ?? join(dir, 'bench.sqlite');

interface Measure {
  label: string;
  /** Server CPU time (user + system) per request, in microseconds. */
  cpuPerRequest: number;
  total: number;
  p50: number;
  p95: number;
  rps: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Server {
  url: string;
  cpu: () => Promise<number>;
  stop: () => void;
}

async function run(label: string, server: Server, paths: string[]): Promise<Measure> {
  const before = await server.cpu();
  const measure = await load1(label, server.url, paths);
  const used = (await server.cpu()) - before;
  return { ...measure, cpuPerRequest: used / Math.max(1, measure.total) };
}

function load1(label: string, url: string, paths: string[]): Promise<Omit<Measure, 'cpuPerRequest'>> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: DURATION,
        // As browsers send it; answers over 1 kB then travel compressed.
        headers: { 'accept-encoding': 'gzip, deflate, br' },
        requests: paths.map((path) => ({ path })),
      },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        resolve({
          label,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          rps: result.requests.average,
          total: result.requests.total,
          errors: result.non2xx + result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const child = fork(join(here, 'api-server.ts'), [file], {
    execArgv: ['--import', 'tsx'],
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
  return { url: address, cpu, stop: () => child.kill('SIGTERM') };
}

async function load(): Promise<void> {
  const store = openSqlite(file);
  try {
    await prepareStore(store);
    const existing = await store.db
      .selectFrom('observations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(existing.n) > 0) {
      console.log(`Reusing ${Number(existing.n).toLocaleString('en')} observations in ${file}`);
      return;
    }
    console.log(`Generating ${N.toLocaleString('en')} synthetic observations into ${file}`);
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

const typical = MEMBER_STATES.map((c) => `/api/data/MIG_STOCK_FB?REF_AREA=${c}&SEX=F&AGE=_T`);
const aggregate = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, i) => `/api/indicators/FB_SHARE?year=${FIRST_YEAR + i}`,
);

try {
  await load();
  const results: Measure[] = [];
  for (const [mode, env] of [
    ['answer cache on', {}],
    ['answer cache off', { SICREMI_ANSWER_CACHE_ENTRIES: '0' }],
  ] as const) {
    const server = await startServer(env);
    try {
      await run('warm-up', server, [...typical, ...aggregate]).catch(() => undefined);
      if (mode === 'answer cache on')
        results.push(await run('(c) static JSON /api/framework/tables', server, ['/api/framework/tables']));
      results.push(await run(`(a) one table, one country, all years, 2 dims [${mode}]`, server, typical));
      results.push(await run(`(b) cross-country aggregate FB_SHARE [${mode}]`, server, aggregate));
    } finally {
      server.stop();
    }
  }
  const baseline = results[0]!;
  console.log(
    `\n${N.toLocaleString('en')} observations, ${CONNECTIONS} connections, ${DURATION} s per run\n`,
  );
  console.log('| Scenario | p50 | p95 | req/s | server CPU/request | errors | target |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of results) {
    let target = '';
    if (r.label.startsWith('(a)')) {
      const share = r.rps / baseline.rps;
      const cpuShare = baseline.cpuPerRequest / r.cpuPerRequest;
      target = `p95 ${r.p95 <= 50 ? '≤' : '>'} 50 ms (${(r.p95 / 50).toFixed(2)}×); req/s = ${(share * 100).toFixed(0)} % of (c) (target ≥ 50 %); CPU-bound ceiling ${(cpuShare * 100).toFixed(0)} % of (c)`;
    } else if (r.label.startsWith('(b)')) {
      target = `p95 ${r.p95 <= 200 ? '≤' : '>'} 200 ms (${(r.p95 / 200).toFixed(2)}×)`;
    }
    console.log(
      `| ${r.label} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${r.rps.toFixed(0)} | ${r.cpuPerRequest.toFixed(0)} µs | ${r.errors} | ${target} |`,
    );
  }
} finally {
  if (!args.keep && !args.db) rmSync(dir, { recursive: true, force: true });
}
