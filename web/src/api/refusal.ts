// A refused change as the page shows it: the server's stable code and its message, which the
// server already wrote in the reader's language (the request carries Accept-Language).
import type { ApiResult } from './fetch-json';

export interface Refusal {
  code: string;
  message: string;
}

export function refusalOf(result: Exclude<ApiResult<unknown>, { state: 'ok' }>): Refusal {
  return result.state === 'error'
    ? { code: result.code, message: result.message }
    : { code: 'UNAVAILABLE', message: '' };
}
