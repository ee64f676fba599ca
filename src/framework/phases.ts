// SICREMI rolls out in three phases: a pilot of ten, ten more, then every participating
// member state. A coordinator can reassign a country; the assignment history is kept, so
// `findPhase` answers for any date.
import { listParticipatingStates } from './member-states.js';
import type { PhaseAssignment, PhaseId } from './types.js';

export const PHASE_I_PILOT = ['ARG', 'BLZ', 'BRA', 'CAN', 'CHL', 'COL', 'ECU', 'SLV', 'MEX', 'URY'];
/** The default proposal; the coordinator confirms or changes it. */
export const PHASE_II_DEFAULT = ['BOL', 'CRI', 'DOM', 'GTM', 'HND', 'JAM', 'PAN', 'PRY', 'PER', 'USA'];

const PHASE_I_FROM = '2024-01-01';
const PHASE_II_FROM = '2025-01-01';
const PHASE_III_FROM = '2026-01-01';

function assign(iso3: string, phase: PhaseId, from: string, reason: string): PhaseAssignment {
  return { iso3, phase, from, reason };
}

const assigned = new Set([...PHASE_I_PILOT, ...PHASE_II_DEFAULT]);

export const PHASES: readonly PhaseAssignment[] = [
  ...PHASE_I_PILOT.map((iso3) => assign(iso3, 'I', PHASE_I_FROM, 'Pilot country (FRAMEWORK §1)')),
  ...PHASE_II_DEFAULT.map((iso3) =>
    assign(iso3, 'II', PHASE_II_FROM, 'Default Phase II proposal (FRAMEWORK §1)'),
  ),
  ...listParticipatingStates(PHASE_III_FROM)
    .filter((iso3) => !assigned.has(iso3))
    .map((iso3) => assign(iso3, 'III', PHASE_III_FROM, 'All remaining participating member states')),
];

/** The phase of `iso3` on `date` (YYYY-MM-DD): the latest assignment in force then. */
export function findPhase(
  iso3: string,
  date: string,
  history: readonly PhaseAssignment[] = PHASES,
): PhaseId | undefined {
  const inForce = history.filter(
    (a) => a.iso3 === iso3 && a.from <= date && (a.to === undefined || date <= a.to),
  );
  return inForce.sort((a, b) => b.from.localeCompare(a.from))[0]?.phase;
}

/** Countries in `phase` on `date`. */
export function listPhaseMembers(
  phase: PhaseId,
  date: string,
  history: readonly PhaseAssignment[] = PHASES,
): string[] {
  const countries = [...new Set(history.map((a) => a.iso3))];
  return countries.filter((iso3) => findPhase(iso3, date, history) === phase);
}
