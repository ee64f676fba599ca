// Reference metadata on sources (FRAMEWORK §5): GET /api/metadata/:country/:table — what is
// published (public); GET|PUT /api/workspace/metadata/:country/:table — the correspondent's
// drafts per source edition, read by reviewers with the data they describe.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Store } from '../../store/store.js';
import {
  readWorkspaceMetadata,
  resolveMetadataScope,
  saveWorkspaceMetadata,
} from '../../workflow/source-metadata/edit-source-metadata.js';
import { readPublishedMetadata } from '../../workflow/source-metadata/read-published-metadata.js';
import { SourceMetadataBody } from '../../workflow/source-metadata/source-metadata-fields.js';
import { requireRole } from '../auth/request-user.js';
import { ApiError } from '../errors.js';
import { JSON_TYPE } from './data.js';
import { parseInput } from './parse-input.js';
import { actorContext } from './workflow-deps.js';

function scopeOf(request: FastifyRequest) {
  const params = request.params as { country?: string; table?: string };
  return resolveMetadataScope(params.country ?? '', params.table ?? '');
}

export function registerSourceMetadataRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/metadata/:country/:table', async (request, reply) => {
    const scope = scopeOf(request);
    const sources = await readPublishedMetadata(store, scope.country, scope.table);
    if (sources.length === 0) throw new ApiError('METADATA_NOT_FOUND', 404, { ...scope });
    reply.header('content-type', JSON_TYPE).header('cache-control', 'public, max-age=60');
    return { country: scope.country, table: scope.table, sources };
  });

  // Every table of one country, for its page's "Sources and comparability".
  app.get('/api/metadata/:country', async (request, reply) => {
    const country = resolveMetadataScope(
      (request.params as { country: string }).country,
      'MIG_STOCK_FB',
    ).country;
    const sources = await readPublishedMetadata(store, country);
    reply.header('content-type', JSON_TYPE).header('cache-control', 'public, max-age=60');
    return { country, sources };
  });

  const signedIn = { preHandler: requireRole() };
  app.get('/api/workspace/metadata/:country/:table', signedIn, async (request) =>
    readWorkspaceMetadata(store, actorContext(request).actor, scopeOf(request)),
  );
  app.put('/api/workspace/metadata/:country/:table', signedIn, async (request) => {
    const body = parseInput(SourceMetadataBody, request.body);
    return saveWorkspaceMetadata(store, actorContext(request), scopeOf(request), body);
  });
}
