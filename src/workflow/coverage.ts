// The coverage matrix of a round: for each country of the network (or of one phase) and each
// table its phase was asked for, how far it got — not started, draft, submitted, returned,
// accepted, published — and whether it was first submitted by the deadline.
import type { Kysely } from 'kysely';
import { findPhase } from '../framework/index.js';
import type { PhaseId } from '../framework/types.js';
import { listPhaseHistory } from '../store/repositories/phase-assignments.js';
import type { RoundRecord } from '../store/repositories/rounds.js';
import { listRounds } from '../store/repositories/rounds.js';
import type { Database } from '../store/schema.js';

export type CoverageStatus =
  | 'not_started'
  /** Nothing submitted yet, but figures typed in the data-entry grid are saved (issue 17). */
  | 'in_progress'
  | 'draft'
  | 'submitted'
  | 'returned'
  | 'accepted'
  | 'published';

export interface CoverageCell {
  country: string;
  phase: PhaseId;
  table: string;
  status: CoverageStatus;
  submissionId: number | null;
  submittedAt: string | null;
  /** on_time / late once submitted; late also when not submitted and the deadline has passed. */
  timeliness: 'on_time' | 'late' | null;
}

// How far a submission got; the furthest one of a (country, table) speaks for it.
const RANK: Record<string, number> = { draft: 1, returned: 2, submitted: 3, accepted: 4, published: 5 };

export async function computeCoverage(
  db: Kysely<Database>,
  round: RoundRecord,
  options: { phase?: PhaseId; now?: Date } = {},
) {
  const now = (options.now ?? new Date()).toISOString();
  const date = round.deadline.slice(0, 10);
  const history = await listPhaseHistory(db);
  const countries = [...new Set(history.map((a) => a.iso3))].sort();
  const rounds = await listRounds(db);
  const next = rounds.find((r) => r.opensAt > round.opensAt);
  const submissions = await db
    .selectFrom('submissions')
    .select(['id', 'table_id', 'ref_area', 'status', 'round_id', 'created_at'])
    .where('status', '<>', 'withdrawn')
    .where((eb) =>
      eb.or([
        eb('round_id', '=', round.id),
        eb.and([
          eb('round_id', 'is', null),
          eb('created_at', '>=', round.opensAt),
          ...(next ? [eb('created_at', '<', next.opensAt)] : []),
        ]),
      ]),
    )
    .execute();
  const firstSubmitted = await listFirstSubmitted(
    db,
    submissions.map((s) => s.id),
  );
  const gridDrafts = new Set(
    (
      await db
        .selectFrom('entry_drafts')
        .innerJoin('entry_cells', 'entry_cells.draft_id', 'entry_drafts.id')
        .select(['entry_drafts.table_id', 'entry_drafts.ref_area'])
        .distinct()
        .execute()
    ).map((d) => `${d.ref_area}|${d.table_id}`),
  );
  const cells: CoverageCell[] = [];
  for (const country of countries) {
    const phase = findPhase(country, date, history);
    if (!phase || (options.phase && phase !== options.phase)) continue;
    for (const table of round.tables[phase] ?? []) {
      const candidates = submissions.filter((s) => s.ref_area === country && s.table_id === table);
      const best = candidates.sort((a, b) => (RANK[b.status] ?? 0) - (RANK[a.status] ?? 0) || b.id - a.id)[0];
      const submittedTimes = candidates.map((s) => firstSubmitted.get(s.id)).filter((t): t is string => !!t);
      const submittedAt = submittedTimes.sort()[0] ?? null;
      cells.push({
        country,
        phase,
        table,
        status:
          (best?.status as CoverageStatus) ??
          (gridDrafts.has(`${country}|${table}`) ? 'in_progress' : 'not_started'),
        submissionId: best?.id ?? null,
        submittedAt,
        timeliness: submittedAt
          ? submittedAt <= round.deadline
            ? 'on_time'
            : 'late'
          : now > round.deadline
            ? 'late'
            : null,
      });
    }
  }
  return { round, phase: options.phase ?? null, cells, summary: summarize(cells) };
}

function summarize(cells: readonly CoverageCell[]) {
  const byStatus: Record<string, number> = {};
  for (const cell of cells) byStatus[cell.status] = (byStatus[cell.status] ?? 0) + 1;
  return {
    cells: cells.length,
    byStatus,
    onTime: cells.filter((c) => c.timeliness === 'on_time').length,
    late: cells.filter((c) => c.timeliness === 'late').length,
  };
}

async function listFirstSubmitted(db: Kysely<Database>, ids: number[]): Promise<Map<number, string>> {
  const map = new Map<number, string>();
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom('submission_events')
    .select(['submission_id', 'at'])
    .where('to_status', '=', 'submitted')
    .where('submission_id', 'in', ids)
    .orderBy('at')
    .execute();
  for (const row of rows) if (!map.has(row.submission_id)) map.set(row.submission_id, row.at);
  return map;
}
