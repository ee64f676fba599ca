// One step of a policy event's review: check who may take it from here, change the status,
// record the step and the audit entry in one transaction. Publishing stamps the publication
// time: from then on the public (and reports pinned at or after it) see the event.
import {
  findPolicyEvent,
  insertPolicyEventAction,
  updatePolicyEventStatus,
} from '../../store/repositories/policy-events.js';
import type { Store } from '../../store/store.js';
import { type AuditContext, audit } from '../audit-actor.js';
import type { Actor } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';
import { loadReadablePolicyEvent } from './policy-event-access.js';
import { type PolicyEventAction, planPolicyEventTransition } from './policy-event-states.js';

export interface PolicyTransitionOutcome {
  id: number;
  status: string;
  publishedAt?: string;
}

export async function transitionPolicyEvent(
  store: Store,
  context: AuditContext & { actor: Actor },
  id: number,
  action: PolicyEventAction,
  message: string | null,
): Promise<PolicyTransitionOutcome> {
  const event = await loadReadablePolicyEvent(store.db, context.actor, id);
  const to = planPolicyEventTransition(action, event.status, context.actor.role);
  const at = new Date().toISOString();
  const publishedAt = action === 'publish' ? at : undefined;
  return store.transaction(async (tx) => {
    if (!(await updatePolicyEventStatus(tx.db, id, event.status, to, at, publishedAt))) {
      const now = await findPolicyEvent(tx.db, id);
      throw new WorkflowError('TRANSITION_NOT_ALLOWED', 409, { action, status: now?.status ?? 'unknown' });
    }
    await insertPolicyEventAction(tx.db, {
      eventId: id,
      action,
      from: event.status,
      to,
      actorId: context.actor.id,
      at,
      message,
    });
    await audit(tx.db, context, {
      action: `policy_event.${action}`,
      entityType: 'policy_event',
      entityId: id,
      details: {
        country: event.country,
        from: event.status,
        to,
        ...(message ? { message } : {}),
        ...(publishedAt ? { publishedAt } : {}),
      },
    });
    return { id, status: to, ...(publishedAt ? { publishedAt } : {}) };
  });
}
