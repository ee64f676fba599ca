// Identifies every request before its route runs: a bearer API token, else a session cookie,
// else the public. Cookie sessions must send the session's CSRF token in X-CSRF-Token on every
// state-changing request (a cross-site form can carry the cookie, never the header); API
// tokens are not sent automatically by browsers, so they need none. Runs on the root instance
// so every route group (workflow, dissemination) sees the same caller. With two-factor sign-in
// required (SICREMI_REQUIRE_2FA), a reviewer's or admin's session that has not enrolled yet acts
// as the public everywhere except on its own account and the enrolment routes; API tokens are
// not affected (they are made from a session, so after enrolment).
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Store } from '../../store/store.js';
import { resolveApiToken } from '../../workflow/api-tokens.js';
import { isSameSecret } from '../../workflow/secrets.js';
import { resolveSession } from '../../workflow/sessions.js';
import { isTwoFactorRole } from '../../workflow/two-factor/verify-second-factor.js';
import { ApiError } from '../errors.js';
import { setRequestAuth } from './request-user.js';
import { SESSION_COOKIE } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Reachable without a session, so a stale cookie must not block them. */
const CSRF_EXEMPT = new Set([
  '/api/auth/login',
  '/api/auth/password-reset',
  '/api/auth/password-reset/confirm',
]);
/** What a session waiting for two-factor enrolment may reach as itself. */
const ENROLMENT_PATHS = new Set([
  '/api/me',
  '/api/auth/logout',
  '/api/auth/2fa/enrol',
  '/api/auth/2fa/confirm',
]);

export async function registerAuth(
  app: FastifyInstance,
  store: Store,
  options: { requireTwoFactor: boolean },
): Promise<void> {
  await app.register(cookie);
  app.addHook('onRequest', async (request) => {
    setRequestAuth(request, { user: null });
    const bearer = readBearer(request);
    if (bearer !== undefined) {
      const actor = await resolveApiToken(store.db, bearer);
      if (!actor) throw new ApiError('INVALID_TOKEN', 401);
      setRequestAuth(request, { user: { ...actor, via: 'token' } });
      return;
    }
    const sessionId = request.cookies[SESSION_COOKIE];
    if (!sessionId) return;
    const session = await resolveSession(store.db, sessionId);
    if (!session) return;
    const path = request.url.split('?')[0] ?? '';
    const enrolmentRequired =
      options.requireTwoFactor && !session.twoFactorEnabled && isTwoFactorRole(session.actor.role);
    setRequestAuth(request, {
      user: enrolmentRequired && !ENROLMENT_PATHS.has(path) ? null : { ...session.actor, via: 'session' },
      csrfToken: session.csrfToken,
      sessionId,
      twoFactor: { enabled: session.twoFactorEnabled, enrolmentRequired },
    });
    if (SAFE_METHODS.has(request.method) || CSRF_EXEMPT.has(path)) return;
    const header = request.headers['x-csrf-token'];
    if (typeof header !== 'string' || !isSameSecret(header, session.csrfToken)) {
      throw new ApiError('CSRF_TOKEN_INVALID', 403);
    }
  });
}

function readBearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : '';
}
