// Web data entry (issue 8): the grid's layout and cells, its draft and its live validation, and
// its submission as an upload. Correspondents type for their countries; OAS staff may read.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fileLocation } from '../../store/repositories/files.js';
import { readEntryGrid } from '../../workflow/entry/read-entry-grid.js';
import { saveEntryEdits } from '../../workflow/entry/save-entry-edits.js';
import { submitEntryDraft } from '../../workflow/entry/submit-entry-draft.js';
import { requireRole } from '../auth/request-user.js';
import { requestLanguage } from '../request-language.js';
import { CellEditsBody } from './entry-schemas.js';
import { parseInput } from './parse-input.js';
import { actorContext, type WorkflowDeps } from './workflow-deps.js';

export function registerEntryRoutes(app: FastifyInstance, deps: WorkflowDeps): void {
  const signedIn = { preHandler: requireRole() };

  app.get('/api/entry/:table/:country', signedIn, async (request) =>
    readEntryGrid(deps.store.db, actorContext(request).actor, gridRequest(request)),
  );

  app.put('/api/entry/:table/:country/cells', signedIn, async (request) => {
    const body = parseInput(CellEditsBody, request.body);
    return saveEntryEdits(deps.store, actorContext(request).actor, gridRequest(request), body);
  });

  app.post('/api/entry/:table/:country/submit', signedIn, async (request, reply) => {
    const outcome = await submitEntryDraft(
      {
        store: deps.store,
        mailer: deps.mailer,
        importer: deps.importer,
        dataDir: deps.config.dataDir,
        files: fileLocation(deps.config),
      },
      actorContext(request),
      gridRequest(request),
    );
    return reply.code(201).send(outcome);
  });
}

function gridRequest(request: FastifyRequest) {
  const params = request.params as Record<string, string | undefined>;
  return { table: params.table ?? '', country: params.country ?? '', lang: requestLanguage(request) };
}
