// The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site
// posts), Secure when the request came over HTTPS (or always/never by configuration).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import { SESSION_HOURS } from '../../workflow/sessions.js';

export const SESSION_COOKIE = 'sicremi_session';

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  sessionId: string,
  secure: Config['cookieSecure'],
): void {
  reply.setCookie(SESSION_COOKIE, sessionId, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secure === 'always' || (secure === 'auto' && request.protocol === 'https'),
    maxAge: SESSION_HOURS * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
