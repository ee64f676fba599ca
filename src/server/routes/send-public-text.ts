// Public answers whose content can change without a new release (the catalogue lists bulk files
// regenerated in the background; pages show metadata): revalidated by the hash of their bytes.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export function sendPublicText(
  request: FastifyRequest,
  reply: FastifyReply,
  contentType: string,
  body: string,
  vary = 'Accept-Language',
): FastifyReply {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  reply.header('etag', etag).header('cache-control', 'public, max-age=60').header('vary', vary);
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch?.split(',').some((t) => t.trim() === etag)) return reply.code(304).send();
  return reply.header('content-type', contentType).send(body);
}

/** The address this request reached the server at (proxies included: trustProxy). */
export function requestOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}
