// What a proxy cache may keep. Public answers set their own Cache-Control (revalidated with their
// ETag, see dissemination/cache/validators.ts); any API answer that did not say is never stored,
// and one given to a caller with credentials (session cookie, Authorization) is private — so a
// proxy in front can never hand one user's answer to another.
import type { FastifyInstance, FastifyRequest } from 'fastify';

const API = /^\/(api|sdmx|health|ready|metrics)(\/|$|\?)/;

/** A session cookie or an Authorization header: the answer may depend on who asks. */
export function hasCredentials(request: FastifyRequest): boolean {
  return (
    Boolean(request.headers.authorization) || /(?:^|;\s*)sicremi_session=/.test(request.headers.cookie ?? '')
  );
}

export function registerCachePolicy(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.hasHeader('cache-control') || !API.test(request.url)) return payload;
    reply.header('cache-control', hasCredentials(request) ? 'private, no-store' : 'no-store');
    return payload;
  });
}
