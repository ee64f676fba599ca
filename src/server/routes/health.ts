import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { FRAMEWORK_VERSION } from '../../framework/index.js';
import { listMigrations } from '../../store/migrations/index.js';
import type { Store } from '../../store/store.js';

/** Liveness and readiness in one: 200 when the store answers, 503 when it does not. */
export function registerHealthRoutes(app: FastifyInstance, store: Store): void {
  app.get('/health', async (_request, reply) => {
    const started = performance.now();
    let storeOk = true;
    try {
      await sql`select 1`.execute(store.db);
    } catch {
      storeOk = false;
    }
    const body = {
      status: storeOk ? 'ok' : 'unavailable',
      store: {
        engine: store.dialect,
        reachable: storeOk,
        latencyMs: Math.round(performance.now() - started),
      },
      framework: { version: FRAMEWORK_VERSION },
      uptimeSeconds: Math.round(process.uptime()),
    };
    return reply.code(storeOk ? 200 : 503).send(body);
  });
}

/** Whether a store answers, and how fast. */
async function probe(store: Store): Promise<{ reachable: boolean; latencyMs: number }> {
  const started = performance.now();
  const reachable = await sql`select 1`.execute(store.db).then(
    () => true,
    () => false,
  );
  return { reachable, latencyMs: Math.round(performance.now() - started) };
}

/**
 * Readiness, for a load balancer or an orchestrator: 200 once the store (and the read replica,
 * when there is one) answers and every migration this build knows is applied — a process of a
 * newer release waits while another one migrates; 503 otherwise, and from the moment shutdown
 * begins, so the proxy stops sending requests here.
 */
export function registerReadyRoute(app: FastifyInstance, store: Store, readReplica?: Store): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.get('/ready', async (_request, reply) => {
    const [primary, replica] = await Promise.all([
      probe(store),
      readReplica ? probe(readReplica) : undefined,
    ]);
    const known = Object.keys(listMigrations(store.dialect));
    const applied = primary.reachable
      ? await sql<{ name: string }>`select name from kysely_migration`.execute(store.db).then(
          (result) => new Set(result.rows.map((row) => row.name)),
          () => new Set<string>(),
        )
      : new Set<string>();
    const pending = known.filter((name) => !applied.has(name));
    const ready = !closing && primary.reachable && (replica?.reachable ?? true) && pending.length === 0;
    return reply.code(ready ? 200 : 503).send({
      status: ready ? 'ready' : closing ? 'closing' : 'not ready',
      store: { engine: store.dialect, ...primary },
      ...(replica ? { replica } : {}),
      migrations: { current: pending.length === 0, pending },
    });
  });
}
