// Sign-in, sign-out and password reset. Login answers the CSRF token the browser must send back
// in X-CSRF-Token; the session id itself only travels in the HttpOnly cookie.
import type { FastifyInstance } from 'fastify';
import { audit } from '../../workflow/audit-actor.js';
import { login } from '../../workflow/login.js';
import { requestPasswordReset, resetPassword } from '../../workflow/password-reset.js';
import { endSession } from '../../workflow/sessions.js';
import { getRequestAuth } from '../auth/request-user.js';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.js';
import { parseInput } from './parse-input.js';
import type { WorkflowDeps } from './workflow-deps.js';
import { LoginBody, ResetConfirmBody, ResetRequestBody } from './workflow-schemas.js';

export function registerAuthRoutes(app: FastifyInstance, { store, mailer, config }: WorkflowDeps): void {
  app.post('/api/auth/login', async (request, reply) => {
    const body = parseInput(LoginBody, request.body);
    const session = await login(store, { ...body, ip: request.ip });
    setSessionCookie(request, reply, session.sessionId, config.cookieSecure);
    return { csrfToken: session.csrfToken, expiresAt: session.expiresAt, user: session.actor };
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
