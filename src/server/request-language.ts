import type { FastifyRequest } from 'fastify';
import { negotiateLanguage } from '../framework/index.js';
import type { Lang } from '../framework/types.js';

/** `?lang=` wins over Accept-Language; English when neither names a supported language. */
export function requestLanguage(request: FastifyRequest): Lang {
  const query = request.query as Record<string, unknown> | undefined;
  const fromQuery = typeof query?.lang === 'string' ? query.lang : undefined;
  return negotiateLanguage(fromQuery, request.headers['accept-language']);
}
