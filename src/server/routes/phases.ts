import type { FastifyInstance } from 'fastify';
import { assignPhase, listPhaseHistory, listPhasesOn, today } from '../../workflow/phases.js';
import { requireRole } from '../auth/request-user.js';
import { parseInput } from './parse-input.js';
import { actorContext, type WorkflowDeps } from './workflow-deps.js';
import { PhaseBody, PhaseQuery } from './workflow-schemas.js';

/** Phases are public facts of the network; only admins reassign a country (history kept). */
export function registerPhaseRoutes(app: FastifyInstance, { store }: WorkflowDeps): void {
  app.get('/api/phases', async (request) => {
    const query = parseInput(PhaseQuery, request.query);
    const date = query.date ?? today();
    return {
      date,
      countries: await listPhasesOn(store.db, date),
      ...(query.history === 'true' ? { history: await listPhaseHistory(store.db) } : {}),
    };
  });

  app.put('/api/phases/:country', { preHandler: requireRole('admin') }, async (request) => {
    const body = parseInput(PhaseBody, request.body);
    const country = String((request.params as { country: string }).country).toUpperCase();
    await assignPhase(store, actorContext(request), country, body);
    const date = body.from ?? today();
    return { country, ...(await listPhasesOn(store.db, date)).find((c) => c.country === country) };
  });
}
