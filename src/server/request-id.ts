// Every request has an id: the proxy's X-Request-Id when it sent a sensible one (nginx's
// $request_id), else 24 random lowercase letters (≈ 112 bits; letters only, so an id in an error
// body is never mistaken for a figure or a code). The access log carries it (requestId), the
// answer repeats it in X-Request-Id (and error bodies in error.requestId), and audit entries
// record it — so a reported error leads to its log lines and to what it changed.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { runInRequestScope } from '../store/request-scope.js';

const SENSIBLE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

function newRequestId(): string {
  return Array.from(randomBytes(24), (byte) => String.fromCharCode(97 + (byte % 26))).join('');
}

/** Fastify's genReqId. */
export function readRequestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && SENSIBLE_ID.test(given) ? given : newRequestId();
}

export function registerRequestId(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    runInRequestScope(request.id, done);
  });
  // Error bodies ({error: {code, message}}) name their request too.
  app.addHook('preSerialization', async (request, reply, payload: unknown) => {
    if (reply.statusCode < 400 || !payload || typeof payload !== 'object') return payload;
    const { error } = payload as { error?: unknown };
    if (!error || typeof error !== 'object' || Array.isArray(error)) return payload;
    return { ...payload, error: { ...error, requestId: request.id } };
  });
}
