import type { FastifyInstance } from 'fastify';
import { computeCoverage } from '../../workflow/coverage.js';
import { canReadCountry } from '../../workflow/roles.js';
import { findRound } from '../../workflow/rounds.js';
import { requireRole } from '../auth/request-user.js';
import { ApiError } from '../errors.js';
import { parseInput } from './parse-input.js';
import { actorContext, type WorkflowDeps } from './workflow-deps.js';
import { CoverageQuery } from './workflow-schemas.js';

/** The coverage matrix of a round; a correspondent sees its own countries' rows. */
export function registerCoverageRoutes(app: FastifyInstance, { store }: WorkflowDeps): void {
  app.get('/api/coverage', { preHandler: requireRole() }, async (request) => {
    const query = parseInput(CoverageQuery, request.query);
    const round = await findRound(store.db, query.round);
    if (!round) throw new ApiError('ROUND_NOT_FOUND', 404, { round: query.round ?? '' });
    const coverage = await computeCoverage(store.db, round, query.phase ? { phase: query.phase } : {});
    const { actor } = actorContext(request);
    const cells = coverage.cells.filter((cell) => canReadCountry(actor, cell.country));
    return { ...coverage, cells };
  });
}
