// GET /metrics in the Prometheus text format (prom-client): requests and their latency by route,
// answers served from this process's answer cache, import durations and the imports running
// (the queue depth of this process), and — with a read replica — how far the replica lags.
// Scrapers on this host are let in; others need SICREMI_METRICS_TOKEN as a bearer token.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { answerCacheCounts } from '../dissemination/cache/cached-answer.js';
import { importsRunning, onImportFinished } from '../ingest/import/import-activity.js';
import type { Store } from '../store/store.js';
import { ApiError } from './errors.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function isAllowed(request: FastifyRequest, token: string | undefined): boolean {
  if (LOOPBACK.has(request.ip)) return true;
  const given = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (!token || !given) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Bytes of WAL the replica has still to replay, and seconds since its last replayed commit. */
async function readReplicaLag(primary: Store, replica: Store): Promise<{ bytes: number; seconds: number }> {
  const [written, replayed] = await Promise.all([
    sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(primary.db),
    sql<{ lsn: string | null; at: string | null }>`
      select pg_last_wal_replay_lsn()::text as lsn, pg_last_xact_replay_timestamp()::text as at`.execute(
      replica.db,
    ),
  ]);
  const behind = await sql<{ bytes: number }>`select pg_wal_lsn_diff(${written.rows[0]?.lsn}::pg_lsn,
      ${replayed.rows[0]?.lsn ?? '0/0'}::pg_lsn)::float8 as bytes`.execute(primary.db);
  const bytes = Math.max(0, behind.rows[0]?.bytes ?? 0);
  const at = replayed.rows[0]?.at;
  // Caught up: no lag, however long ago the last commit was.
  const seconds = bytes === 0 || !at ? 0 : Math.max(0, (Date.now() - Date.parse(at)) / 1000);
  return { bytes, seconds };
}

// A replica that does not answer must not hide every other figure: its lag reads NaN.
const UNKNOWN_LAG = { bytes: Number.NaN, seconds: Number.NaN };

export function registerMetrics(
  app: FastifyInstance,
  options: { store: Store; readReplica?: Store | undefined; token?: string | undefined },
): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'sicremi_process_' });
  const requests = new Counter({
    name: 'sicremi_http_requests_total',
    help: 'HTTP requests answered, by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'sicremi_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const base = { ...answerCacheCounts };
  new Gauge({
    name: 'sicremi_answer_cache_total',
    help: 'Public answers since start: served from memory (hit), computed (miss), or 304 (not_modified)',
    labelNames: ['result'] as const,
    registers: [registry],
    collect() {
      this.set({ result: 'hit' }, answerCacheCounts.hits - base.hits);
      this.set({ result: 'miss' }, answerCacheCounts.misses - base.misses);
      this.set({ result: 'not_modified' }, answerCacheCounts.notModified - base.notModified);
    },
  });
  const imports = new Histogram({
    name: 'sicremi_import_duration_seconds',
    help: 'Time to read, validate and stage a submitted file, by outcome',
    labelNames: ['status'] as const,
    buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    registers: [registry],
  });
  new Gauge({
    name: 'sicremi_imports_running',
    help: 'Imports running in this process (its queue depth)',
    registers: [registry],
    collect() {
      this.set(importsRunning());
    },
  });
  const { store, readReplica } = options;
  if (readReplica) {
    new Gauge({
      name: 'sicremi_replica_lag_bytes',
      help: 'WAL bytes the read replica has not replayed yet',
      registers: [registry],
      async collect() {
        this.set((await readReplicaLag(store, readReplica).catch(() => UNKNOWN_LAG)).bytes);
      },
    });
    new Gauge({
      name: 'sicremi_replica_lag_seconds',
      help: 'Seconds behind the primary, 0 when the replica has replayed everything',
      registers: [registry],
      async collect() {
        this.set((await readReplicaLag(store, readReplica).catch(() => UNKNOWN_LAG)).seconds);
      },
    });
  }
  const stop = onImportFinished(({ seconds, status }) => imports.observe({ status }, seconds));
  app.addHook('onClose', async () => stop());
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  app.get('/metrics', async (request, reply) => {
    if (!isAllowed(request, options.token)) throw new ApiError('METRICS_FORBIDDEN', 403);
    return reply
      .type(registry.contentType)
      .header('cache-control', 'no-store')
      .send(await registry.metrics());
  });
}
