// Sign-in, sign-out and password reset. Login answers the CSRF token the browser must send back
// in X-CSRF-Token; the session id itself only travels in the HttpOnly cookie. Accounts enrolled
// in two-factor sign-in send their code with the password; a reviewer or admin who must enrol
// (SICREMI_REQUIRE_2FA) gets a session that reaches only the enrolment routes until then.
import type { FastifyInstance } from 'fastify';
import { audit } from '../../workflow/audit-actor.js';
import { login } from '../../workflow/login.js';
import { requestPasswordReset, resetPassword } from '../../workflow/password-reset.js';
import { endSession } from '../../workflow/sessions.js';
import {
  confirmTwoFactorEnrolment,
  startTwoFactorEnrolment,
} from '../../workflow/two-factor/enrol-two-factor.js';
import { isTwoFactorRole } from '../../workflow/two-factor/verify-second-factor.js';
import { getRequestAuth, requireUser } from '../auth/request-user.js';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.js';
import { ApiError } from '../errors.js';
import { parseInput } from './parse-input.js';
import { actorContext, type WorkflowDeps } from './workflow-deps.js';
import { LoginBody, ResetConfirmBody, ResetRequestBody, TwoFactorConfirmBody } from './workflow-schemas.js';

export function registerAuthRoutes(app: FastifyInstance, { store, mailer, config }: WorkflowDeps): void {
  app.post('/api/auth/login', async (request, reply) => {
    const body = parseInput(LoginBody, request.body);
    const session = await login(store, { ...body, ip: request.ip });
    setSessionCookie(request, reply, session.sessionId, config.cookieSecure);
    const enrolmentRequired =
      config.requireTwoFactor && !session.twoFactorEnabled && isTwoFactorRole(session.actor.role);
    return {
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
      user: session.actor,
      twoFactor: { enabled: session.twoFactorEnabled, enrolmentRequired },
    };
  });

  // Two-factor enrolment: from the account's own browser session (never with an API token).
  const requireOwnSession = async (request: Parameters<typeof requireUser>[0]) => {
    if (requireUser(request).via !== 'session') throw new ApiError('FORBIDDEN', 403);
  };

  app.post('/api/auth/2fa/enrol', { preHandler: requireOwnSession }, async (request) =>
    startTwoFactorEnrolment(store, actorContext(request)),
  );

  app.post('/api/auth/2fa/confirm', { preHandler: requireOwnSession }, async (request) => {
    const { code } = parseInput(TwoFactorConfirmBody, request.body);
    return confirmTwoFactorEnrolment(store, actorContext(request), code);
  });

  app.post('/api/auth/logout', async (request, reply) => {
    const { sessionId, user } = getRequestAuth(request);
    if (sessionId) {
      await endSession(store.db, sessionId);
      await audit(store.db, { actor: user, ip: request.ip }, { action: 'auth.logout' });
    }
    clearSessionCookie(reply);
    return reply.code(204).send();
  });

  app.post('/api/auth/password-reset', async (request, reply) => {
    const { email } = parseInput(ResetRequestBody, request.body);
    await requestPasswordReset(store, mailer, { email, ip: request.ip, publicUrl: config.publicUrl });
    // The same answer whether or not the address has an account.
    return reply.code(202).send({ status: 'accepted' });
  });

  app.post('/api/auth/password-reset/confirm', async (request, reply) => {
    const body = parseInput(ResetConfirmBody, request.body);
    await resetPassword(store, { ...body, ip: request.ip });
    return reply.code(204).send();
  });
}
