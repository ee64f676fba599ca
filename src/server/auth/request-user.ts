// The auth contract every route relies on: who is calling (a signed-in account through a
// session cookie or an API token, or null for the public), a preHandler that demands a role,
// and the country rule (OAS staff read every country; a correspondent only its own).
import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { type Actor, canReadCountry as actorCanReadCountry, type Role } from '../../workflow/roles.js';
import { ApiError } from '../errors.js';

export type { Role };

export interface RequestUser extends Actor {
  via: 'session' | 'token';
}

interface RequestAuth {
  user: RequestUser | null;
  /** The session's CSRF token, for GET /api/me and login answers. */
  csrfToken?: string;
  sessionId?: string;
  /** Session callers: whether the account uses a second factor, or must enrol before anything else. */
  twoFactor?: { enabled: boolean; enrolmentRequired: boolean };
}

const AUTH = new WeakMap<FastifyRequest, RequestAuth>();

export function setRequestAuth(request: FastifyRequest, auth: RequestAuth): void {
  AUTH.set(request, auth);
}

export function getRequestAuth(request: FastifyRequest): RequestAuth {
  return AUTH.get(request) ?? { user: null };
}

export function getRequestUser(request: FastifyRequest): RequestUser | null {
  return AUTH.get(request)?.user ?? null;
}

/**
 * The caller, or 401 when the request is anonymous (403 when the session is held back until
 * its reviewer or admin enrols in two-factor sign-in).
 */
export function requireUser(request: FastifyRequest): RequestUser {
  const auth = getRequestAuth(request);
  if (!auth.user && auth.twoFactor?.enrolmentRequired)
    throw new ApiError('TWO_FACTOR_ENROLMENT_REQUIRED', 403);
  if (!auth.user) throw new ApiError('UNAUTHENTICATED', 401);
  return auth.user;
}

/** preHandler: 401 for the public, 403 for a role not listed (no roles listed: any account). */
export function requireRole(...roles: Role[]): preHandlerAsyncHookHandler {
  return async (request) => {
    const user = requireUser(request);
    if (roles.length > 0 && !roles.includes(user.role)) throw new ApiError('FORBIDDEN', 403);
  };
}

export function canReadCountry(user: Pick<Actor, 'role' | 'countries'> | null, iso3: string): boolean {
  return actorCanReadCountry(user, iso3);
}
