import type { FastifyInstance } from 'fastify';
import { getRequestAuth, requireUser } from '../auth/request-user.js';

/** The caller's account, countries, two-factor state and (for cookie sessions) CSRF token. */
export function registerMeRoutes(app: FastifyInstance): void {
  app.get('/api/me', async (request) => {
    const user = requireUser(request);
    const { csrfToken, twoFactor } = getRequestAuth(request);
    return {
      user,
      csrfToken: csrfToken ?? null,
      twoFactor: twoFactor ?? { enabled: false, enrolmentRequired: false },
    };
  });
}
