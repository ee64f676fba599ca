// The signed-in account, shared by the workspace, the console and the discussions: read once
// from GET /api/me, changed by signing in and out. The CSRF token lives in memory only and is
// sent back in X-CSRF-Token on every state-changing request (the session id itself stays in
// the HttpOnly cookie, out of reach of scripts). A reviewer or admin who must enrol in
// two-factor sign-in is signed in with `twoFactor.enrolmentRequired` until enrolled.
import { useSyncExternalStore } from 'react';
import { fetchJson } from './fetch-json';

export type Role = 'admin' | 'reviewer' | 'correspondent';

export interface SessionUser {
  id: number;
  email: string;
  role: Role;
  countries: string[];
  name?: string | null;
}

export interface TwoFactorState {
  enabled: boolean;
  enrolmentRequired: boolean;
}

const NO_TWO_FACTOR: TwoFactorState = { enabled: false, enrolmentRequired: false };

export type SessionState =
  | { state: 'loading' }
  | { state: 'anonymous' }
  | { state: 'unavailable' }
  | { state: 'error'; message: string }
  | { state: 'signedIn'; user: SessionUser; csrfToken: string | null; twoFactor: TwoFactorState };

let current: SessionState = { state: 'loading' };
let started = false;
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  current = next;
  for (const listener of listeners) listener();
}

export async function refreshSession(): Promise<void> {
  const result = await fetchJson<{ user: SessionUser; csrfToken: string | null; twoFactor?: TwoFactorState }>(
    '/api/me',
  );
  if (result.state === 'ok')
    set({
      state: 'signedIn',
      user: result.data.user,
      csrfToken: result.data.csrfToken,
      twoFactor: result.data.twoFactor ?? NO_TWO_FACTOR,
    });
  else if (result.state === 'unavailable') set({ state: 'unavailable' });
  else if (result.status === 401) set({ state: 'anonymous' });
  else set({ state: 'error', message: result.message });
}

export function useSession(): SessionState {
  if (!started) {
    started = true;
    void refreshSession();
  }
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

export function csrfToken(): string | null {
  return current.state === 'signedIn' ? current.csrfToken : null;
}

/** `code`: the TOTP or recovery code, once the server answered TWO_FACTOR_CODE_REQUIRED. */
export async function signIn(email: string, password: string, lang: string, code?: string) {
  const result = await fetchJson<{ csrfToken: string; user: SessionUser; twoFactor?: TwoFactorState }>(
    `/api/auth/login?lang=${lang}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password, ...(code ? { code } : {}) }),
    },
  );
  if (result.state === 'ok')
    set({
      state: 'signedIn',
      user: result.data.user,
      csrfToken: result.data.csrfToken,
      twoFactor: result.data.twoFactor ?? NO_TWO_FACTOR,
    });
  return result;
}

export async function signOut(): Promise<void> {
  await sendJson('POST', '/api/auth/logout');
  set({ state: 'anonymous' });
}

/** A state-changing request with the session's CSRF token. */
export function sendJson<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown) {
  const token = csrfToken();
  return fetchJson<T>(path, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { 'x-csrf-token': token } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
