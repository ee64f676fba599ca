// Phase assignments with their history: a reassignment closes the current period (to_date) and
// opens a new one, so the phase of a country on any date can still be answered.
import type { Kysely } from 'kysely';
import type { PhaseAssignment, PhaseId } from '../../framework/types.js';
import type { Database } from '../schema.js';

export interface StoredPhaseAssignment extends PhaseAssignment {
  id: number;
  assignedBy: number | null;
}

export async function listPhaseHistory(db: Kysely<Database>): Promise<StoredPhaseAssignment[]> {
  const rows = await db
    .selectFrom('phase_assignments')
    .selectAll()
    .orderBy('iso3')
    .orderBy('from_date')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    iso3: r.iso3,
    phase: r.phase as PhaseId,
    from: r.from_date,
    ...(r.to_date ? { to: r.to_date } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
    assignedBy: r.assigned_by,
  }));
}

/** Closes the assignments still open on `from` (they end the day before) and opens a new one. */
export async function reassignPhase(
  db: Kysely<Database>,
  a: { iso3: string; phase: PhaseId; from: string; reason: string | null; assignedBy: number },
): Promise<void> {
  const dayBefore = new Date(Date.parse(`${a.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  // Periods starting on or after the new one are superseded entirely: they end before they begin.
  await db
    .updateTable('phase_assignments')
    .set({ to_date: dayBefore })
    .where('iso3', '=', a.iso3)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', a.from)]))
    .execute();
  await db
    .insertInto('phase_assignments')
    .values({
      iso3: a.iso3,
      phase: a.phase,
      from_date: a.from,
      to_date: null,
      reason: a.reason,
      assigned_by: a.assignedBy,
    })
    .execute();
}
