import type { FastifyInstance } from 'fastify';
import { buildOpenApiDocument } from './openapi-document.js';

/** GET /api/docs (and /api/docs/openapi.json): the OpenAPI 3.1 document of the JSON API. */
export function registerApiDocs(app: FastifyInstance): void {
  const send = async () => buildOpenApiDocument();
  app.get('/api/docs', send);
  app.get('/api/docs/openapi.json', send);
}
