import type { FastifyInstance } from 'fastify';
import {
  computeFrameworkChecksum,
  describeCodelist,
  describeTable,
  FRAMEWORK,
  FRAMEWORK_VERSION,
  getCodelist,
  getTable,
  listCodelists,
  summarizeTable,
} from '../../framework/index.js';
import { syncAddedCodes } from '../../store/repositories/reference-codes.js';
import type { Store } from '../../store/store.js';
import { ApiError } from '../errors.js';
import { requestLanguage } from '../request-language.js';
import { registerFrameworkReferenceRoutes } from './framework-reference.js';

// The framework is constant for the life of the process, so its checksum is a strong ETag.
const FRAMEWORK_CHECKSUM = computeFrameworkChecksum();
const FRAMEWORK_ETAG = `"${FRAMEWORK_CHECKSUM.slice(0, 32)}"`;

export function registerFrameworkRoutes(app: FastifyInstance, store: Store): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/framework') || request.url.startsWith('/api/codelists')) {
      reply.header('cache-control', 'public, max-age=300');
      reply.header('vary', 'Accept-Language');
    }
    return payload;
  });
  registerFrameworkReferenceRoutes(app);

  app.get('/api/framework', async (request) => {
    const lang = requestLanguage(request);
    return {
      version: FRAMEWORK_VERSION,
      checksum: FRAMEWORK_CHECKSUM,
      lang,
      tables: FRAMEWORK.tables.map((t) => t.id),
      codelists: FRAMEWORK.codelists.map((c) => c.id),
      memberStates: FRAMEWORK.memberStates,
    };
  });

  app.get('/api/framework/tables', async (request, reply) => {
    const lang = requestLanguage(request);
    reply.header('etag', FRAMEWORK_ETAG);
    return { version: FRAMEWORK_VERSION, lang, tables: FRAMEWORK.tables.map((t) => summarizeTable(t, lang)) };
  });

  app.get<{ Params: { id: string } }>('/api/framework/tables/:id', async (request) => {
    const table = getTable(request.params.id.toUpperCase());
    if (!table) throw new ApiError('TABLE_NOT_FOUND', 404, { id: request.params.id });
    return {
      version: FRAMEWORK_VERSION,
      lang: requestLanguage(request),
      table: describeTable(table, requestLanguage(request)),
    };
  });

  // Code lists are the framework's plus the codes coordinators added (read afresh: another
  // process may have added one).
  app.get('/api/codelists', async (request) => {
    await syncAddedCodes(store.db);
    const lang = requestLanguage(request);
    return {
      version: FRAMEWORK_VERSION,
      lang,
      codelists: listCodelists().map((c) => ({
        id: c.id,
        agency: c.agency,
        name: c.names[lang],
        size: c.codes.length,
      })),
    };
  });

  app.get<{ Params: { id: string } }>('/api/codelists/:id', async (request) => {
    await syncAddedCodes(store.db);
    const list = getCodelist(request.params.id.toUpperCase());
    if (!list) throw new ApiError('CODELIST_NOT_FOUND', 404, { id: request.params.id });
    const lang = requestLanguage(request);
    return { version: FRAMEWORK_VERSION, lang, codelist: describeCodelist(list, lang) };
  });
}
