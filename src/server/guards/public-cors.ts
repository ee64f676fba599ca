// Public reads may be used from any web page: their answers carry Access-Control-Allow-Origin *
// (never with credentials, so a browser sends no cookie and no session can be used through
// them), and a preflight (OPTIONS) is answered. Everything else — sign-in, the workflow, the
// restricted reads — sends no CORS header at all, so other origins cannot read it.
import type { FastifyInstance, FastifyRequest } from 'fastify';

const PUBLIC_READ_PREFIXES = ['/sdmx/', '/api/data/', '/api/indicators/'];
const PUBLIC_READ_PATHS = new Set([
  '/api/indicators',
  '/api/download',
  '/api/observations/history',
  '/api/releases',
  '/api/countries',
]);

const ALLOWED_HEADERS = 'Accept, Accept-Language, If-None-Match, If-Modified-Since, Range';
const EXPOSED_HEADERS =
  'ETag, Content-Disposition, Content-Language, Retry-After, X-Total-Count, X-Truncated';

/** Whether the path (without query) is a public read. */
export function isPublicReadPath(path: string): boolean {
  return PUBLIC_READ_PATHS.has(path) || PUBLIC_READ_PREFIXES.some((prefix) => path.startsWith(prefix));
}

function pathOf(request: FastifyRequest): string {
  const url = request.url;
  const end = url.indexOf('?');
  return end < 0 ? url : url.slice(0, end);
}

export function allowPublicCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'OPTIONS' || !isPublicReadPath(pathOf(request))) return;
    return reply
      .code(204)
      .header('access-control-allow-origin', '*')
      .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
      .header('access-control-allow-headers', ALLOWED_HEADERS)
      .header('access-control-max-age', '86400')
      .send();
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (isRead && isPublicReadPath(pathOf(request))) {
      reply.header('access-control-allow-origin', '*');
      reply.header('access-control-expose-headers', EXPOSED_HEADERS);
    } else if (request.method !== 'OPTIONS') {
      reply.removeHeader('access-control-allow-origin');
      reply.removeHeader('access-control-allow-credentials');
    }
    return payload;
  });
}
