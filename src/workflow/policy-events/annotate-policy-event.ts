// What each side adds to a policy event: comments (correspondent and reviewer, in any state),
// and reviewed translations, which only OAS staff add — one per language, the newest replacing
// the one before from its own time on, so a report pinned earlier keeps the earlier text.
import { LANGUAGES } from '../../framework/types.js';
import {
  insertPolicyEventComment,
  insertPolicyEventTranslation,
  listPolicyEventComments,
  type PolicyCommentRecord,
} from '../../store/repositories/policy-events.js';
import type { Store } from '../../store/store.js';
import { type AuditContext, audit } from '../audit-actor.js';
import { type Actor, isOasStaff } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';
import { loadReadablePolicyEvent } from './policy-event-access.js';

export async function addPolicyEventComment(
  store: Store,
  context: AuditContext & { actor: Actor },
  id: number,
  input: { text: string },
): Promise<PolicyCommentRecord> {
  await loadReadablePolicyEvent(store.db, context.actor, id);
  const text = input.text.trim();
  if (!text) throw new WorkflowError('BAD_REQUEST', 400, { detail: 'text is empty' });
  const commentId = await store.transaction(async (tx) => {
    const created = await insertPolicyEventComment(tx.db, {
      eventId: id,
      text,
      authorId: context.actor.id,
      at: new Date().toISOString(),
    });
    await audit(tx.db, context, {
      action: 'policy_event.comment',
      entityType: 'policy_event',
      entityId: id,
      details: { commentId: created },
    });
    return created;
  });
  return (await listPolicyEventComments(store.db, id)).find((c) => c.id === commentId)!;
}

export async function addPolicyEventTranslation(
  store: Store,
  context: AuditContext & { actor: Actor },
  id: number,
  input: { lang: string; title: string; summary: string },
): Promise<{ lang: string; title: string; summary: string; createdAt: string }> {
  const event = await loadReadablePolicyEvent(store.db, context.actor, id);
  if (!isOasStaff(context.actor)) throw new WorkflowError('FORBIDDEN', 403);
  const lang = input.lang.trim().toLowerCase();
  const problems: { field: string; code: string; value?: string }[] = [];
  if (!(LANGUAGES as readonly string[]).includes(lang))
    problems.push({ field: 'LANGUAGE', code: 'UNKNOWN_CODE', value: input.lang });
  else if (lang === event.lang) problems.push({ field: 'LANGUAGE', code: 'SAME_AS_ORIGINAL', value: lang });
  const title = input.title.trim();
  const summary = input.summary.trim();
  if (!title) problems.push({ field: 'TITLE', code: 'REQUIRED' });
  if (!summary) problems.push({ field: 'SUMMARY', code: 'REQUIRED' });
  if (problems.length > 0) {
    throw new WorkflowError(
      'POLICY_EVENT_INVALID',
      422,
      { count: problems.length, fields: [...new Set(problems.map((p) => p.field))].join(', ') },
      { problems },
    );
  }
  const createdAt = new Date().toISOString();
  await store.transaction(async (tx) => {
    await insertPolicyEventTranslation(tx.db, {
      eventId: id,
      lang,
      title,
      summary,
      createdBy: context.actor.id,
      at: createdAt,
    });
    await audit(tx.db, context, {
      action: 'policy_event.translate',
      entityType: 'policy_event',
      entityId: id,
      details: { lang, title },
    });
  });
  return { lang, title, summary, createdAt };
}
