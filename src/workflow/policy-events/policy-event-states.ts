// A policy event goes through the same review loop as a table submission: draft → submitted →
// (returned → submitted)* → accepted → published, with the same roles at each step. The
// submissions' rules are the one source; only the four actions of the loop apply here.
import type { Role } from '../roles.js';
import {
  listAllowedActions,
  planTransition,
  type SubmissionStatus,
} from '../submissions/submission-states.js';

export const POLICY_EVENT_ACTIONS = ['submit', 'return', 'accept', 'publish'] as const;
export type PolicyEventAction = (typeof POLICY_EVENT_ACTIONS)[number];

/** The correspondent may still change the text. */
export const EDITABLE_STATUSES: readonly string[] = ['draft', 'returned'];

export function isPolicyEventAction(value: string): value is PolicyEventAction {
  return (POLICY_EVENT_ACTIONS as readonly string[]).includes(value);
}

export function planPolicyEventTransition(
  action: PolicyEventAction,
  status: string,
  role: Role,
): SubmissionStatus {
  return planTransition(action, status, role);
}

export function listPolicyEventActions(status: string, role: Role): PolicyEventAction[] {
  return listAllowedActions(status, role).filter(isPolicyEventAction);
}
