// Who may see a policy event under review: OAS staff, and the correspondents of its country.
// Anyone else is told it does not exist (404), so unpublished events leak nothing.
import type { Kysely } from 'kysely';
import { findPolicyEvent, type PolicyEventRecord } from '../../store/repositories/policy-events.js';
import type { Database } from '../../store/schema.js';
import { type Actor, canReadCountry } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';

export async function loadReadablePolicyEvent(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
): Promise<PolicyEventRecord> {
  const event = await findPolicyEvent(db, id);
  if (!event || !canReadCountry(actor, event.country))
    throw new WorkflowError('POLICY_EVENT_NOT_FOUND', 404, { id });
  return event;
}
