import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createApiToken, listTokensFor, revokeToken } from '../../workflow/api-tokens.js';
import { requireUser } from '../auth/request-user.js';
import { ApiError } from '../errors.js';
import { parseId, parseInput } from './parse-input.js';
import { actorContext, type WorkflowDeps } from './workflow-deps.js';
import { NewTokenBody } from './workflow-schemas.js';

/**
 * Tokens are managed from a signed-in session only (whose writes carry the CSRF token): a leaked
 * token must not be able to mint more tokens, hide them from its owner, or revoke the owner's.
 */
async function requireSession(request: FastifyRequest): Promise<void> {
  if (requireUser(request).via !== 'session') throw new ApiError('TOKEN_SESSION_REQUIRED', 403);
}

/** API tokens for machine submission; the token is in the creation answer only. */
export function registerTokenRoutes(app: FastifyInstance, { store }: WorkflowDeps): void {
  app.post('/api/tokens', { preHandler: requireSession }, async (request, reply) => {
    const { name, expiresInDays } = parseInput(NewTokenBody, request.body);
    const created = await createApiToken(store, actorContext(request), name ?? 'API token', {
      ...(expiresInDays === undefined ? {} : { days: expiresInDays }),
    });
    return reply.code(201).send({ token: created.token, ...created.record });
  });

  app.get('/api/tokens', { preHandler: requireSession }, async (request) => ({
    tokens: await listTokensFor(store.db, actorContext(request).actor),
  }));

  app.delete('/api/tokens/:id', { preHandler: requireSession }, async (request, reply) => {
    await revokeToken(store, actorContext(request), parseId((request.params as { id: string }).id));
    return reply.code(204).send();
  });
}
