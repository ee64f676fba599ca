// The submission lifecycle: draft → submitted → (returned → submitted)* → accepted → published,
// and withdrawn from draft or returned. Each action names the statuses it leaves from and the
// roles allowed to take it; a correspondent acts only on its own countries (checked by callers).
import type { Role } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';

export const SUBMISSION_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'accepted',
  'published',
  'withdrawn',
] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export interface TransitionRule {
  from: readonly SubmissionStatus[];
  to: SubmissionStatus;
  roles: readonly Role[];
}

export const TRANSITIONS = {
  submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['correspondent', 'admin'] },
  return: { from: ['submitted'], to: 'returned', roles: ['reviewer', 'admin'] },
  accept: { from: ['submitted'], to: 'accepted', roles: ['reviewer', 'admin'] },
  publish: { from: ['accepted'], to: 'published', roles: ['reviewer', 'admin'] },
  withdraw: { from: ['draft', 'returned'], to: 'withdrawn', roles: ['correspondent', 'admin'] },
} as const satisfies Record<string, TransitionRule>;

export type SubmissionAction = keyof typeof TRANSITIONS;
export const SUBMISSION_ACTIONS = Object.keys(TRANSITIONS) as SubmissionAction[];

export function isSubmissionAction(value: string): value is SubmissionAction {
  return Object.hasOwn(TRANSITIONS, value);
}

/** The status an action leads to, or the refusal: the role may not (403), or not from here (409). */
export function planTransition(action: SubmissionAction, status: string, role: Role): SubmissionStatus {
  const rule: TransitionRule = TRANSITIONS[action];
  if (!rule.roles.includes(role)) throw new WorkflowError('FORBIDDEN', 403);
  if (!(rule.from as readonly string[]).includes(status)) {
    throw new WorkflowError('TRANSITION_NOT_ALLOWED', 409, { action, status });
  }
  return rule.to;
}

/** Actions this role could take now, for clients to show the right buttons. */
export function listAllowedActions(status: string, role: Role): SubmissionAction[] {
  return SUBMISSION_ACTIONS.filter((action) => {
    const rule: TransitionRule = TRANSITIONS[action];
    return rule.roles.includes(role) && (rule.from as readonly string[]).includes(status);
  });
}
