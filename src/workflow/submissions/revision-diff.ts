// The revision a submission would make, cell by cell, against what is published now (embargoed
// releases included: reviewers compare with the latest release). A release replaces whole
// (country, period) slices, so a published cell of a period the submission covers but that the
// submission lacks would be removed.
import type { Kysely } from 'kysely';
import { computeIndicatorValue, getTable } from '../../framework/index.js';
import { rowToObservation } from '../../store/observation-row.js';
import { listStagedRows, type SubmissionRow } from '../../store/repositories/submission-records.js';
import type { Database } from '../../store/schema.js';
import { formatCellKey } from './cell-key.js';

export interface CellValue {
  value: number | null;
  status: string;
}

export interface RevisionDiff {
  summary: { new: number; changed: number; unchanged: number; removed: number };
  new: { key: string; value: number | null; status: string }[];
  changed: { key: string; old: CellValue; new: CellValue; changePct: number | null }[];
  removed: { key: string; value: number | null; status: string }[];
}

export async function computeRevisionDiff(
  db: Kysely<Database>,
  submission: SubmissionRow,
  limit = 5000,
): Promise<RevisionDiff> {
  const table = getTable(submission.table_id);
  const diff: RevisionDiff = {
    summary: { new: 0, changed: 0, unchanged: 0, removed: 0 },
    new: [],
    changed: [],
    removed: [],
  };
  if (!table) return diff;
  const staged = (await listStagedRows(db, submission.id)).map((r) => rowToObservation(r, table));
  const periods = new Set(staged.map((o) => o.key.TIME_PERIOD ?? ''));
  const publishedRows = await db
    .selectFrom('observations')
    .selectAll()
    .where('table_id', '=', table.id)
    .where('ref_area', '=', submission.ref_area)
    .where('valid_to', 'is', null)
    .execute();
  const published = new Map(
    publishedRows.map((r) => {
      const o = rowToObservation(r, table);
      return [formatCellKey(table, o.key), o] as const;
    }),
  );
  const seen = new Set<string>();
  for (const o of staged) {
    const key = formatCellKey(table, o.key);
    seen.add(key);
    const old = published.get(key);
    if (!old) {
      diff.summary.new++;
      if (diff.new.length < limit) diff.new.push({ key, value: o.value, status: o.status });
    } else if (old.value !== o.value || old.status !== o.status) {
      diff.summary.changed++;
      if (diff.changed.length < limit) {
        diff.changed.push({
          key,
          old: { value: old.value, status: old.status },
          new: { value: o.value, status: o.status },
          changePct: percentChange(old.value, o.value),
        });
      }
    } else diff.summary.unchanged++;
  }
  for (const [key, old] of published) {
    if (seen.has(key) || !periods.has(old.key.TIME_PERIOD ?? '')) continue;
    diff.summary.removed++;
    if (diff.removed.length < limit) diff.removed.push({ key, value: old.value, status: old.status });
  }
  return diff;
}

/** The revision in percent of the published value: the framework's CHANGE_PCT formula. */
function percentChange(old: number | null, next: number | null): number | null {
  if (old === null || next === null || old === 0) return null;
  const change = computeIndicatorValue('CHANGE_PCT', { current: next, previous: old });
  return change === null ? null : Math.round(change * 10) / 10;
}
