// Dated reference data as the store keeps it (a coordinator may have changed phases since the
// framework seeded them): memberships and phase assignments, for the public country list.
import type { Kysely } from 'kysely';
import type { MembershipPeriod, PhaseAssignment, PhaseId } from '../../framework/types.js';
import type { Database } from '../schema.js';

export async function listMembershipPeriods(db: Kysely<Database>): Promise<MembershipPeriod[]> {
  const rows = await db.selectFrom('memberships').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    iso3: r.iso3,
    from: r.from_date,
    ...(r.to_date ? { to: r.to_date } : {}),
    status: r.status as MembershipPeriod['status'],
    ...(r.note ? { note: r.note } : {}),
  }));
}

export async function listPhaseAssignments(db: Kysely<Database>): Promise<PhaseAssignment[]> {
  const rows = await db.selectFrom('phase_assignments').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    iso3: r.iso3,
    phase: r.phase as PhaseId,
    from: r.from_date,
    ...(r.to_date ? { to: r.to_date } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
  }));
}
