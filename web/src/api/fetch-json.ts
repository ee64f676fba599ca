// Every call to the SICREMI API goes through here. Problems come back as values, never thrown:
// the page decides what to show. A route the server does not have yet (404 NOT_FOUND, 501) is
// "unavailable", which pages render as an honest "no data yet" — never as invented figures.
import i18next from 'i18next';
import type { Lang } from '../i18n/languages';

export type ApiResult<T> =
  | { state: 'ok'; data: T; status: number }
  | { state: 'unavailable'; status: number }
  | { state: 'error'; status: number; code: string; message: string; details?: unknown };

export interface ApiErrorBody {
  error?: { code?: string; message?: string; details?: unknown };
}

/** Adds `lang` to an API path so labels and messages come back in the reader's language. */
export function withLang(path: string, lang: Lang): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set('lang', lang);
  return `${url.pathname}${url.search}`;
}

export async function fetchJson<T>(path: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      credentials: 'same-origin',
      ...init,
      // Every answer — labels and error messages — in the language on screen.
      headers: {
        accept: 'application/json',
        'accept-language': i18next.language || 'en',
        ...(init.headers ?? {}),
      },
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    return { state: 'error', status: 0, code: 'NETWORK', message: '' };
  }
  const body = await readBody(response);
  if (response.ok) return { state: 'ok', data: body as T, status: response.status };
  const apiError = (body as ApiErrorBody | null)?.error;
  if (isMissingRoute(response.status, apiError?.code))
    return { state: 'unavailable', status: response.status };
  return {
    state: 'error',
    status: response.status,
    code: apiError?.code ?? `HTTP_${response.status}`,
    message: apiError?.message ?? '',
    ...(apiError?.details === undefined ? {} : { details: apiError.details }),
  };
}

/** The route itself does not exist (yet): the generic not-found handler, or "not implemented". */
function isMissingRoute(status: number, code: string | undefined): boolean {
  return (status === 404 && (code === 'NOT_FOUND' || code === undefined)) || status === 501;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
