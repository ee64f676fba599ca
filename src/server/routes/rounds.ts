import type { FastifyInstance } from 'fastify';
import { createRound, listRounds } from '../../workflow/rounds.js';
import { requireRole } from '../auth/request-user.js';
import { parseInput } from './parse-input.js';
import { actorContext, type WorkflowDeps } from './workflow-deps.js';
import { NewRoundBody } from './workflow-schemas.js';

/** Reporting rounds: every account reads them; admins open new ones. */
export function registerRoundRoutes(app: FastifyInstance, { store }: WorkflowDeps): void {
  app.get('/api/rounds', { preHandler: requireRole() }, async () => ({ rounds: await listRounds(store.db) }));

  app.post('/api/rounds', { preHandler: requireRole('admin') }, async (request, reply) => {
    const body = parseInput(NewRoundBody, request.body);
    return reply.code(201).send({ round: await createRound(store, actorContext(request), body) });
  });
}
