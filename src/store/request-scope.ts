// The id of the HTTP request being served, for the rows that record who did what (the audit
// log): the access log, the error answer and the audit entry then name the same request.
// Outside a request (CLI, background work) there is none.
import { AsyncLocalStorage } from 'node:async_hooks';

const SCOPE = new AsyncLocalStorage<string>();

/** Runs `fn` (and everything it starts) as part of request `requestId`. */
export function runInRequestScope<T>(requestId: string, fn: () => T): T {
  return SCOPE.run(requestId, fn);
}

export function currentRequestId(): string | undefined {
  return SCOPE.getStore();
}
