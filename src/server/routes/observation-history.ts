import type { FastifyInstance } from 'fastify';
import { getTable } from '../../framework/index.js';
import { listObservationHistory } from '../../workflow/observation-history.js';
import { canReadCountry, isOasStaff } from '../../workflow/roles.js';
import { getRequestUser } from '../auth/request-user.js';
import { ApiError } from '../errors.js';
import { parseInput } from './parse-input.js';
import type { WorkflowDeps } from './workflow-deps.js';
import { HistoryQuery } from './workflow-schemas.js';

/** The revision history of one cell: every published value with its release, submission and file. */
export function registerObservationHistoryRoutes(app: FastifyInstance, { store }: WorkflowDeps): void {
  app.get('/api/observations/history', async (request) => {
    const query = parseInput(HistoryQuery, request.query);
    const table = getTable(query.table);
    if (!table) throw new ApiError('TABLE_NOT_FOUND', 404, { id: query.table });
    const codes = query.key.split('.');
    if (codes.length !== table.dimensions.length) {
      throw new ApiError('INVALID_CELL_KEY', 400, { key: query.key });
    }
    const key = Object.fromEntries(table.dimensions.map((d, i) => [d.id, codes[i] ?? '']));
    const user = getRequestUser(request);
    const history = await listObservationHistory(store.db, table, key, {
      includeEmbargoed: Boolean(user && isOasStaff(user)),
      unprotected: canReadCountry(user, key.REF_AREA ?? ''),
    });
    return { table: table.id, key: query.key, history };
  });
}
