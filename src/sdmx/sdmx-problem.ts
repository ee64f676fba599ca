// A query problem as SDMX REST reports it: an HTTP status and a human explanation. Parsers
// return these as values; the route renders them as {errors:[{code,title,detail}]}.
export interface SdmxProblem {
  status: 400 | 404 | 406 | 413 | 414 | 422 | 501;
  detail: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: SdmxProblem };

export function problem(status: SdmxProblem['status'], detail: string): { ok: false; problem: SdmxProblem } {
  return { ok: false, problem: { status, detail } };
}

export const STATUS_TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  406: 'Not acceptable',
  413: 'Request entity too large',
  414: 'URI too long',
  422: 'Unprocessable entity',
  500: 'Internal server error',
  501: 'Not implemented',
  503: 'Service unavailable',
};

/** The SDMX-JSON error body (statusMessage: code is the HTTP status, a number). */
export function sdmxErrorBody(status: number, detail: string) {
  return { errors: [{ code: status, title: STATUS_TITLES[status] ?? 'Error', detail }] };
}
