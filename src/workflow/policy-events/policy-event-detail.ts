// A policy event as the workspace and the console show it: the record, its review trail,
// comments, translations and the actions the caller may take now; and the list of the events
// the caller may read, in every state.
import type { Kysely } from 'kysely';
import {
  listPolicyEventActions as listActionRecords,
  listPolicyEventComments,
  listPolicyEvents,
  listPolicyEventTranslations,
  type PolicyEventRecord,
} from '../../store/repositories/policy-events.js';
import type { Database } from '../../store/schema.js';
import { type Actor, isOasStaff } from '../roles.js';
import { loadReadablePolicyEvent } from './policy-event-access.js';
import { EDITABLE_STATUSES, listPolicyEventActions } from './policy-event-states.js';

export async function getPolicyEventDetail(db: Kysely<Database>, actor: Actor, id: number) {
  const event = await loadReadablePolicyEvent(db, actor, id);
  const [history, comments, translations] = await Promise.all([
    listActionRecords(db, id),
    listPolicyEventComments(db, id),
    listPolicyEventTranslations(db, [id]),
  ]);
  return {
    ...event,
    history,
    comments,
    translations: translations.map(({ eventId: _e, ...t }) => t),
    allowedActions: listPolicyEventActions(event.status, actor.role),
    canEdit: actor.role !== 'reviewer' && EDITABLE_STATUSES.includes(event.status),
    canTranslate: isOasStaff(actor),
  };
}

export async function listReadablePolicyEvents(
  db: Kysely<Database>,
  actor: Actor,
  filter: { country?: string; status?: string },
): Promise<(PolicyEventRecord & { allowedActions: string[] })[]> {
  const countries = isOasStaff(actor) ? undefined : actor.countries;
  const events = await listPolicyEvents(db, {
    ...(countries ? { countries } : {}),
    ...(filter.status ? { statuses: [filter.status] } : {}),
  });
  return events
    .filter((e) => !filter.country || e.country === filter.country)
    .map((e) => ({ ...e, allowedActions: listPolicyEventActions(e.status, actor.role) }));
}
