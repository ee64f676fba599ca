// Every answer says how it may be used: X-Content-Type-Options nosniff (a browser never
// guesses a type, so a JSON or CSV body with markup in it is never run as HTML) and a
// Referrer-Policy; every HTML answer — the web app and the standalone reports alike — a
// Content-Security-Policy with frame-ancestors, so no other site can frame it. An answer that
// set its own policy (the web app's pages) keeps it.
import type { FastifyInstance } from 'fastify';

/** The policy of HTML that is not the web app: the standalone reports (inline styles, SVG). */
export const DOCUMENT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const REFERRER_POLICY = 'same-origin';

export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    if (!reply.hasHeader('referrer-policy')) reply.header('referrer-policy', REFERRER_POLICY);
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && !reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy', DOCUMENT_CONTENT_SECURITY_POLICY);
    }
    return payload;
  });
}
