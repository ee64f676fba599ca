// A correspondent drafts a policy event for one of its countries, and rewrites it while it is
// still a draft or returned; OAS staff may do the same for any country. Audited like uploads.
import {
  insertPolicyEvent,
  type PolicyEventRecord,
  updatePolicyEventFields,
} from '../../store/repositories/policy-events.js';
import type { Store } from '../../store/store.js';
import { type AuditContext, audit } from '../audit-actor.js';
import { type Actor, canReadCountry } from '../roles.js';
import { findOpenRound } from '../rounds.js';
import { WorkflowError } from '../workflow-error.js';
import { loadReadablePolicyEvent } from './policy-event-access.js';
import { type PolicyEventInput, readPolicyEventInput } from './policy-event-input.js';
import { EDITABLE_STATUSES } from './policy-event-states.js';

export async function createPolicyEvent(
  store: Store,
  context: AuditContext & { actor: Actor },
  input: PolicyEventInput,
): Promise<PolicyEventRecord> {
  const fields = readPolicyEventInput(input);
  if (!canReadCountry(context.actor, fields.country)) throw new WorkflowError('FORBIDDEN', 403);
  const round = await findOpenRound(store.db);
  const at = new Date().toISOString();
  const id = await store.transaction(async (tx) => {
    const created = await insertPolicyEvent(tx.db, {
      ...fields,
      status: 'draft',
      roundId: round?.id ?? null,
      createdBy: context.actor.id,
      at,
    });
    await audit(tx.db, context, {
      action: 'policy_event.create',
      entityType: 'policy_event',
      entityId: created,
      details: { country: fields.country, type: fields.type, date: fields.date, title: fields.title },
    });
    return created;
  });
  return loadReadablePolicyEvent(store.db, context.actor, id);
}

export async function updatePolicyEvent(
  store: Store,
  context: AuditContext & { actor: Actor },
  id: number,
  input: PolicyEventInput,
): Promise<PolicyEventRecord> {
  const event = await loadReadablePolicyEvent(store.db, context.actor, id);
  if (context.actor.role === 'reviewer') throw new WorkflowError('FORBIDDEN', 403);
  if (!EDITABLE_STATUSES.includes(event.status)) {
    throw new WorkflowError('TRANSITION_NOT_ALLOWED', 409, { action: 'edit', status: event.status });
  }
  const fields = readPolicyEventInput(input);
  if (!canReadCountry(context.actor, fields.country)) throw new WorkflowError('FORBIDDEN', 403);
  await store.transaction(async (tx) => {
    if (!(await updatePolicyEventFields(tx.db, id, event.status, fields, new Date().toISOString()))) {
      throw new WorkflowError('TRANSITION_NOT_ALLOWED', 409, { action: 'edit', status: 'changed' });
    }
    await audit(tx.db, context, {
      action: 'policy_event.edit',
      entityType: 'policy_event',
      entityId: id,
      details: { country: fields.country, type: fields.type, date: fields.date, title: fields.title },
    });
  });
  return loadReadablePolicyEvent(store.db, context.actor, id);
}
