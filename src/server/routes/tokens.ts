import type { FastifyInstance } from 'fastify';
import { createApiToken, listTokensFor, revokeToken } from '../../workflow/api-tokens.js';
import { requireRole } from '../auth/request-user.js';
import { parseId, parseInput } from './parse-input.js';
import { actorContext, type WorkflowDeps } from './workflow-deps.js';
import { NewTokenBody } from './workflow-schemas.js';

/** API tokens for machine submission; the token is in the creation answer only. */
export function registerTokenRoutes(app: FastifyInstance, { store }: WorkflowDeps): void {
  app.post('/api/tokens', { preHandler: requireRole() }, async (request, reply) => {
    const { name } = parseInput(NewTokenBody, request.body);
    const created = await createApiToken(store, actorContext(request), name ?? 'API token');
    return reply.code(201).send({ token: created.token, ...created.record });
  });

  app.get('/api/tokens', { preHandler: requireRole() }, async (request) => ({
    tokens: await listTokensFor(store.db, actorContext(request).actor),
  }));

  app.delete('/api/tokens/:id', { preHandler: requireRole() }, async (request, reply) => {
    await revokeToken(store, actorContext(request), parseId((request.params as { id: string }).id));
    return reply.code(204).send();
  });
}
