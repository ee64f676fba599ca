// Reference data the network maintains (issue 6): saved code mappings, the round's templates and
// the codes a coordinator adds to extensible code lists. Every route needs an account: mappings
// and added codes say who saved them, and templates carry a country's unsuppressed figures.
// The console's code-list routes live under /api/reference, not /api/codelists: those answers are
// cached publicly as the constant framework, while these change with each edit.
import type { FastifyInstance } from 'fastify';
import { isLang } from '../../framework/describe.js';
import { deleteMapping, listMappings, saveMapping } from '../../workflow/reference/code-mappings.js';
import { addCode, editCodeLabels } from '../../workflow/reference/edit-codes.js';
import { listCodelists, readCodelist } from '../../workflow/reference/read-codelists.js';
import { buildTemplateFile } from '../../workflow/reference/table-template.js';
import { requireRole } from '../auth/request-user.js';
import { requestLanguage } from '../request-language.js';
import { parseId, parseInput } from './parse-input.js';
import {
  CodeLabelsBody,
  CodeSearchQuery,
  MappingBody,
  MappingQuery,
  NewCodeBody,
  TemplateQuery,
} from './reference-schemas.js';
import { actorContext, type WorkflowDeps } from './workflow-deps.js';

type Params = Record<string, string>;

export function registerReferenceDataRoutes(app: FastifyInstance, { store }: WorkflowDeps): void {
  const signedIn = { preHandler: requireRole() };
  const adminOnly = { preHandler: requireRole('admin') };

  app.get('/api/mappings', signedIn, async (request) => {
    const query = parseInput(MappingQuery, request.query);
    return { mappings: await listMappings(store.db, actorContext(request).actor, query) };
  });

  app.post('/api/mappings', signedIn, async (request, reply) => {
    const body = parseInput(MappingBody, request.body);
    const saved = await saveMapping(store, actorContext(request), body);
    return reply.code(saved.changed ? 201 : 200).send(saved);
  });

  app.delete('/api/mappings/:id', signedIn, async (request, reply) => {
    await deleteMapping(store, actorContext(request), parseId((request.params as Params).id));
    return reply.code(204).send();
  });

  app.get('/api/templates/:table', signedIn, async (request, reply) => {
    const query = parseInput(TemplateQuery, request.query);
    const file = await buildTemplateFile(store.db, actorContext(request).actor, {
      table: (request.params as Params).table ?? '',
      country: query.country,
      lang: query.lang && isLang(query.lang) ? query.lang : requestLanguage(request),
      format: query.format,
      layout: query.layout,
    });
    return reply
      .header('content-type', file.mediaType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'private, no-store')
      .send(file.body);
  });

  app.get('/api/reference/codelists', signedIn, async () => ({
    codelists: await listCodelists(store.db),
  }));

  app.get('/api/reference/codelists/:id', signedIn, async (request) => {
    const { q } = parseInput(CodeSearchQuery, request.query);
    return readCodelist(store.db, (request.params as Params).id ?? '', q);
  });

  app.post('/api/reference/codelists/:id/codes', adminOnly, async (request, reply) => {
    const body = parseInput(NewCodeBody, request.body);
    const id = (request.params as Params).id ?? '';
    return reply.code(201).send({ code: await addCode(store, actorContext(request), id, body) });
  });

  app.put('/api/reference/codelists/:id/codes/:code', adminOnly, async (request) => {
    const { labels } = parseInput(CodeLabelsBody, request.body);
    const { id = '', code = '' } = request.params as Params;
    return editCodeLabels(store, actorContext(request), id, code, labels);
  });
}
