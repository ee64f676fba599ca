// A refused workflow step is an error value with a stable code and the HTTP status it maps to;
// the server's one error handler renders its message (src/server/errors.ts) in the caller's language.
export class WorkflowError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(code);
  }
}

export function isWorkflowError(error: unknown): error is WorkflowError {
  return error instanceof WorkflowError;
}
