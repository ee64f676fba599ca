import { formatApiMessage } from '../../server/errors.js';
import { isWorkflowError } from '../../workflow/workflow-error.js';

/** A refused workflow step as the CLI prints it: the message in English and its stable code. */
export function formatWorkflowError(error: unknown): string {
  if (isWorkflowError(error)) return `${formatApiMessage(error.code, 'en', error.params)} (${error.code})`;
  return error instanceof Error ? error.message : String(error);
}
