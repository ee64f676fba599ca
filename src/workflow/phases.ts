// Countries are assigned to phases I, II or III (the pilot-ten default of FRAMEWORK §1 is
// seeded with the framework); a coordinator reassigns them, and the history is kept.
import type { Kysely } from 'kysely';
import { findPhase, MEMBER_STATES } from '../framework/index.js';
import type { PhaseId } from '../framework/types.js';
import { listPhaseHistory, reassignPhase } from '../store/repositories/phase-assignments.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { type AuditContext, audit } from './audit-actor.js';
import type { Actor } from './roles.js';
import { WorkflowError } from './workflow-error.js';

export const PHASE_IDS: readonly PhaseId[] = ['I', 'II', 'III'];

export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Each country's phase on `date`, with the assignment's start and reason. */
export async function listPhasesOn(db: Kysely<Database>, date: string) {
  const history = await listPhaseHistory(db);
  const countries = [...new Set(history.map((a) => a.iso3))].sort();
  return countries.flatMap((iso3) => {
    const phase = findPhase(iso3, date, history);
    if (!phase) return [];
    const current = history
      .filter((a) => a.iso3 === iso3 && a.phase === phase && a.from <= date && (!a.to || date <= a.to))
      .sort((a, b) => b.from.localeCompare(a.from))[0];
    return [{ country: iso3, phase, from: current?.from ?? null, reason: current?.reason ?? null }];
  });
}

export { listPhaseHistory };

export async function assignPhase(
  store: Store,
  context: AuditContext & { actor: Actor },
  iso3: string,
  input: { phase: string; from?: string; reason?: string | null },
): Promise<void> {
  const country = iso3.toUpperCase();
  if (!MEMBER_STATES.includes(country)) throw new WorkflowError('UNKNOWN_COUNTRY', 400, { country });
  if (!PHASE_IDS.includes(input.phase as PhaseId)) {
    throw new WorkflowError('INVALID_PHASE', 400, { phase: input.phase });
  }
  const from = input.from ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) throw new WorkflowError('INVALID_DATE', 400, { value: from });
  await store.transaction(async (tx) => {
    const before = findPhase(country, from, await listPhaseHistory(tx.db));
    await reassignPhase(tx.db, {
      iso3: country,
      phase: input.phase as PhaseId,
      from,
      reason: input.reason ?? null,
      assignedBy: context.actor.id,
    });
    await audit(tx.db, context, {
      action: 'phase.assign',
      entityType: 'country',
      entityId: country,
      details: { from: before ?? null, to: input.phase, since: from, reason: input.reason ?? null },
    });
  });
}
