// GET /api/observations/history — the revision history of one cell for everyone, disclosure
// control applied to every release (src/dissemination/read-history.ts) and whoever is signed
// in; GET /api/restricted/observations/history — the same for a signed-in user, with the
// country's unsuppressed values, embargoed releases (OAS staff) and where each value came from
// (submission, file hash, row) for the countries the user may see unsuppressed.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readDisseminatedHistory } from '../../dissemination/read-history.js';
import { PUBLIC_VIEWER, type Viewer, viewerOfUser } from '../../dissemination/viewer.js';
import { getTable } from '../../framework/index.js';
import { requireUser } from '../auth/request-user.js';
import { ApiError } from '../errors.js';
import { spendPublicRead } from '../guards/rate-limit.js';
import { parseInput } from './parse-input.js';
import type { WorkflowDeps } from './workflow-deps.js';
import { HistoryQuery } from './workflow-schemas.js';

async function serveHistory(deps: WorkflowDeps, request: FastifyRequest, viewer: Viewer) {
  const query = parseInput(HistoryQuery, request.query);
  const table = getTable(query.table);
  if (!table) throw new ApiError('TABLE_NOT_FOUND', 404, { id: query.table });
  const codes = query.key.split('.');
  if (codes.length !== table.dimensions.length) {
    throw new ApiError('INVALID_CELL_KEY', 400, { key: query.key });
  }
  const key = Object.fromEntries(table.dimensions.map((d, i) => [d.id, codes[i] ?? '']));
  // Histories are read from the store each time: every one counts against the rate limit.
  spendPublicRead(request);
  const history = await readDisseminatedHistory(deps.store.db, table, key, viewer, {
    includeEmbargoed: viewer.kind === 'staff',
  });
  // A cell never published (for this viewer) does not exist: the same answer as a wrong code.
  if (history.length === 0) throw new ApiError('CELL_NOT_FOUND', 404, { table: table.id, key: query.key });
  return { table: table.id, key: query.key, history };
}

export function registerObservationHistoryRoutes(app: FastifyInstance, deps: WorkflowDeps): void {
  app.get('/api/observations/history', (request) => serveHistory(deps, request, PUBLIC_VIEWER));
  app.get('/api/restricted/observations/history', (request) => {
    const viewer = viewerOfUser(requireUser(request));
    if (viewer.kind === 'public') throw new ApiError('FORBIDDEN', 403);
    return serveHistory(deps, request, viewer);
  });
}
