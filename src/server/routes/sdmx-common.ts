// The SDMX REST scope: its own error body ({errors:[{code,title,detail}]}, code = HTTP
// status), its own not-found answer, a URL length limit (414), and the request facts every
// SDMX route needs (raw query, language, API base for links).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { negotiateLanguage } from '../../framework/index.js';
import type { Lang } from '../../framework/types.js';
import { buildErrorMessageMl } from '../../sdmx/error-ml.js';
import { prefersXml } from '../../sdmx/negotiate-format.js';
import { parseRawQuery, type RawQuery, rawParam } from '../../sdmx/raw-query.js';
import { type SdmxProblem, sdmxErrorBody } from '../../sdmx/sdmx-problem.js';
import { ApiError, formatApiMessage } from '../errors.js';

export const MAX_URL_LENGTH = 4096;
/** Beyond this many observations an SDMX answer is refused with 413 (downloads stream instead). */
export const MAX_SDMX_OBSERVATIONS = 500_000;

export class SdmxHttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export function fail(p: SdmxProblem): never {
  throw new SdmxHttpError(p.status, p.detail);
}

export interface SdmxRequest {
  query: RawQuery;
  lang: Lang;
  /** Entry point of this API version, absolute, e.g. https://host/sdmx/v2. */
  base: string;
  selfUrl: string;
}

export function readSdmxRequest(request: FastifyRequest, version: 'v1' | 'v2'): SdmxRequest {
  if (request.url.length > MAX_URL_LENGTH) {
    throw new SdmxHttpError(
      414,
      `The URL is longer than ${MAX_URL_LENGTH} characters: use c[] filters or fewer keys.`,
    );
  }
  const query = parseRawQuery(request.url);
  const origin = `${request.protocol}://${request.host}`;
  return {
    query,
    lang: negotiateLanguage(rawParam(query, 'lang'), request.headers['accept-language']),
    base: `${origin}/sdmx/${version}`,
    selfUrl: `${origin}${toUriText(request.url)}`,
  };
}

/** The URL as a valid URI: clients send `[`, `]` and other characters raw in query strings. */
function toUriText(url: string): string {
  return url.replace(/[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]/g, (ch) => encodeURIComponent(ch));
}

/** Answers an SDMX error in the client's format: SDMX-ML for XML clients, SDMX-JSON otherwise. */
function sendSdmxError(request: FastifyRequest, reply: FastifyReply, status: number, detail: string) {
  const query = parseRawQuery(request.url);
  if (prefersXml(request.headers.accept, rawParam(query, 'format'))) {
    const lang = negotiateLanguage(rawParam(query, 'lang'), request.headers['accept-language']);
    return reply
      .code(status)
      .header('content-type', 'application/xml; charset=utf-8')
      .send(buildErrorMessageMl(status, detail, lang));
  }
  return reply
    .code(status)
    .header('content-type', 'application/json; charset=utf-8')
    .send(sdmxErrorBody(status, detail));
}

/** Registers the SDMX error conventions on an encapsulated scope (prefix /sdmx). */
export function useSdmxErrors(scope: FastifyInstance): void {
  scope.setErrorHandler((error, request, reply) => {
    const lang = negotiateLanguage(request.headers['accept-language']);
    reply.header('cache-control', 'no-store');
    if (error instanceof SdmxHttpError) return sendSdmxError(request, reply, error.status, error.detail);
    if (error instanceof ApiError) {
      return sendSdmxError(request, reply, error.status, formatApiMessage(error.code, lang, error.params));
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return sendSdmxError(request, reply, status, (error as Error).message);
    }
    request.log.error({ err: error }, 'unhandled SDMX error');
    return sendSdmxError(request, reply, 500, 'An unexpected error occurred; it has been logged.');
  });
  scope.setNotFoundHandler((request, reply) =>
    sendSdmxError(request, reply, 404, `No SDMX resource at ${request.url.split('?')[0]}.`),
  );
}
