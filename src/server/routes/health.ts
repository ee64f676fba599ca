import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { FRAMEWORK_VERSION } from '../../framework/index.js';
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
