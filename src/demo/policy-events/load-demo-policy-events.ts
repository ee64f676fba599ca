// Publishes the demo's policy developments with their translations, one transaction each.
// Idempotent: an event whose demo key is already in the store is skipped.
import {
  hasDemoPolicyEvent,
  insertPolicyEvent,
  insertPolicyEventTranslation,
} from '../../store/repositories/policy-events.js';
import type { Store } from '../../store/store.js';
import { readPolicyEventInput } from '../../workflow/policy-events/policy-event-input.js';
import { DEMO_POLICY_EVENTS, type DemoPolicyEvent } from './demo-policy-events.js';

export async function loadDemoPolicyEvents(
  store: Store,
  publishedAt: string,
  events: readonly DemoPolicyEvent[] = DEMO_POLICY_EVENTS,
): Promise<{ loaded: string[]; skipped: string[] }> {
  const outcome = { loaded: [] as string[], skipped: [] as string[] };
  for (const demo of events) {
    const fields = readPolicyEventInput(demo.event);
    const loaded = await store.transaction(async (tx) => {
      if (await hasDemoPolicyEvent(tx.db, demo.key)) return false;
      const id = await insertPolicyEvent(tx.db, {
        ...fields,
        status: 'published',
        roundId: null,
        createdBy: null,
        at: publishedAt,
        publishedAt,
        demoKey: demo.key,
      });
      for (const t of demo.translations) {
        await insertPolicyEventTranslation(tx.db, { eventId: id, ...t, createdBy: null, at: publishedAt });
      }
      return true;
    });
    (loaded ? outcome.loaded : outcome.skipped).push(demo.key);
  }
  return outcome;
}
