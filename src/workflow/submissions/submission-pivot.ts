// GET /api/submissions/:id/pivot: a submission's staged values laid out like the explorer's
// restricted pivot (/api/restricted/data/:table/pivot), each cell with its change status against
// what is published now (or against the previous version: compare=previous) — new, changed
// (old → new, % change), unchanged, removed — and the warnings, justifications and comments on
// it, so the reviewer sees the values, not only their counts. Filters: only=changed|warnings.
import type { Kysely } from 'kysely';
import { codeName } from '../../dissemination/code-labels.js';
import { layoutPivot } from '../../dissemination/pivot/layout-pivot.js';
import { orderCodes } from '../../dissemination/pivot/order-codes.js';
import {
  collectFlags,
  type PivotAnswer,
  type PivotObservation,
  presentPivot,
} from '../../dissemination/pivot/present-pivot.js';
import { getTable } from '../../framework/index.js';
import type { Lang } from '../../framework/types.js';
import { rowToObservation } from '../../store/observation-row.js';
import { listComments } from '../../store/repositories/comments.js';
import { listJustifications } from '../../store/repositories/justifications.js';
import { listStagedRows } from '../../store/repositories/submission-records.js';
import { findSubmissionVersion } from '../../store/repositories/submission-versions.js';
import type { Database } from '../../store/schema.js';
import type { Actor } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';
import { formatCellKey } from './cell-key.js';
import { isJustifiedBy, parseReport, readReportIssues } from './report-issues.js';
import type { CellValue } from './revision-diff.js';
import { loadReadableSubmission } from './submission-access.js';

export type CellChange = 'new' | 'changed' | 'unchanged' | 'removed';

export interface SubmissionPivotQuery {
  rows: string[];
  cols: string[];
  offset: number;
  rowLimit: number;
  compare: 'published' | 'previous';
  only: 'all' | 'changed' | 'warnings';
}

export interface SubmissionPivotCell {
  value: number | null;
  status: string;
  conf: string;
  note?: number;
  /** The cell's full key, for comments ("CHL.VEN.F._T.2023"). */
  key: string;
  change: CellChange;
  old?: CellValue;
  changePct?: number | null;
  warnings?: { code: string; severity: string; message?: string; justification: string | null }[];
  comments?: number;
}

interface Annotated extends PivotObservation {
  cellKey: string;
  change: CellChange;
  old?: CellValue;
  changePct?: number | null;
  warnings?: SubmissionPivotCell['warnings'];
  comments?: number;
}

export async function readSubmissionPivot(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  query: SubmissionPivotQuery,
  lang: Lang,
) {
  const submission = await loadReadableSubmission(db, actor, id);
  const table = getTable(submission.table_id);
  if (!table) throw new WorkflowError('TABLE_NOT_FOUND', 422, { id: submission.table_id });
  const dimensions = new Map(table.dimensions.map((d) => [d.id, d]));
  for (const name of [...query.rows, ...query.cols]) {
    if (!dimensions.has(name)) throw new WorkflowError('UNKNOWN_DIMENSION', 400, { table: table.id, name });
  }
  const stagedRows = await listStagedRows(db, id);
  const staged = stagedRows.map((r) => ({ o: rowToObservation(r, table), sourceRow: r.source_row }));
  const keyOfRow = new Map<number, string>();
  for (const { o, sourceRow } of staged)
    if (sourceRow !== null) keyOfRow.set(sourceRow, formatCellKey(table, o.key));

  const baseline = await readBaseline(
    db,
    submission,
    table,
    query.compare,
    new Set(staged.map((s) => s.o.key.TIME_PERIOD ?? '')),
  );
  const issues = readReportIssues(parseReport(submission.report), table).filter((i) => i.severity !== 'info');
  const justifications = await listJustifications(db, id);
  const warningsAt = new Map<string, NonNullable<SubmissionPivotCell['warnings']>>();
  for (const issue of issues) {
    const key = issue.key ?? (issue.row !== null ? keyOfRow.get(issue.row) : undefined);
    if (!key) continue;
    const latest = justifications.filter((j) => isJustifiedBy(issue, j)).at(-1);
    const list = warningsAt.get(key) ?? [];
    list.push({
      code: issue.code,
      severity: issue.severity,
      ...(issue.message ? { message: issue.message } : {}),
      justification: latest?.text ?? null,
    });
    warningsAt.set(key, list);
  }
  const commentsAt = new Map<string, number>();
  for (const c of await listComments(db, id))
    if (c.key) commentsAt.set(c.key, (commentsAt.get(c.key) ?? 0) + 1);

  const summary = { new: 0, changed: 0, unchanged: 0, removed: 0 };
  const all: Annotated[] = [];
  const seen = new Set<string>();
  for (const { o } of staged) {
    const cellKey = formatCellKey(table, o.key);
    seen.add(cellKey);
    const old = baseline.cells.get(cellKey);
    const change: CellChange = !old
      ? 'new'
      : old.value !== o.value || old.status !== o.status
        ? 'changed'
        : 'unchanged';
    summary[change]++;
    all.push({
      key: o.key,
      value: o.value,
      status: o.status,
      conf: o.conf,
      note: o.note,
      cellKey,
      change,
      ...(old && change === 'changed'
        ? { old: { value: old.value, status: old.status }, changePct: percentChange(old.value, o.value) }
        : {}),
      ...annotations(cellKey, warningsAt, commentsAt),
    });
  }
  for (const [cellKey, old] of baseline.cells) {
    if (seen.has(cellKey) || !baseline.removable(old.key)) continue;
    summary.removed++;
    all.push({
      key: old.key,
      value: null,
      status: old.status,
      conf: 'F',
      cellKey,
      change: 'removed',
      old: { value: old.value, status: old.status },
      ...annotations(cellKey, warningsAt, commentsAt),
    });
  }
  const observations = all.filter((o) =>
    query.only === 'changed'
      ? o.change !== 'unchanged'
      : query.only === 'warnings'
        ? (o.warnings?.length ?? 0) > 0
        : true,
  );
  const layout = layoutPivot({
    dimensions: [...dimensions.keys()],
    observations,
    rows: query.rows,
    cols: query.cols,
    orderOf: (dim, codes) => {
      const dimension = dimensions.get(dim);
      return dimension ? orderCodes(dimension, codes, lang) : [...codes];
    },
  });
  const answer: PivotAnswer = presentPivot(
    {
      table,
      layout,
      observations,
      observationCount: observations.length,
      nameOf: (dim, code) => {
        const dimension = dimensions.get(dim);
        return dimension ? codeName(dimension, code, lang) : code;
      },
      releases: [],
      total: observations.length,
      truncated: false,
      at: new Date().toISOString(),
      ...collectFlags(observations),
    },
    { offset: query.offset, rows: query.rowLimit },
    lang,
  );
  // The same walk as presentPivot's, to add each shown cell's change and annotations.
  const rows = answer.rows.map((row, i) => {
    const r = answer.offset + i;
    const cells: (SubmissionPivotCell | null)[] = row.cells.map((c) =>
      c ? ({ ...c } as SubmissionPivotCell) : null,
    );
    for (let e = layout.rowStart[r] as number; e < (layout.rowStart[r + 1] as number); e++) {
      const col = layout.entryCols[e] as number;
      const cell = cells[col];
      if (!cell) continue;
      const o = observations[layout.entries[e] as number] as Annotated;
      cell.key = o.cellKey;
      cell.change = o.change;
      if (o.old) cell.old = o.old;
      if (o.changePct !== undefined) cell.changePct = o.changePct;
      if (o.warnings) cell.warnings = o.warnings;
      if (o.comments) cell.comments = o.comments;
    }
    return { key: row.key, cells };
  });
  return {
    ...answer,
    rows,
    submission: { id, version: submission.version, status: submission.status },
    compare: { against: query.compare, version: baseline.version },
    only: query.only,
    summary,
  };
}

function annotations(
  cellKey: string,
  warningsAt: Map<string, NonNullable<SubmissionPivotCell['warnings']>>,
  commentsAt: Map<string, number>,
) {
  const warnings = warningsAt.get(cellKey);
  const comments = commentsAt.get(cellKey);
  return { ...(warnings ? { warnings } : {}), ...(comments ? { comments } : {}) };
}

interface BaselineCell extends CellValue {
  key: Record<string, string>;
}

/** What the staged values are compared with: the published table, or the previous version. */
async function readBaseline(
  db: Kysely<Database>,
  submission: { id: number; ref_area: string; table_id: string; version: number },
  table: NonNullable<ReturnType<typeof getTable>>,
  against: SubmissionPivotQuery['compare'],
  periods: Set<string>,
): Promise<{
  cells: Map<string, BaselineCell>;
  version: number | null;
  removable(key: Record<string, string>): boolean;
}> {
  const cells = new Map<string, BaselineCell>();
  if (against === 'previous') {
    const previous =
      submission.version > 1
        ? await findSubmissionVersion(db, submission.id, submission.version - 1)
        : undefined;
    const kept = previous?.cells ? (JSON.parse(previous.cells) as Record<string, CellValue>) : {};
    const ids = table.dimensions.map((d) => d.id);
    for (const [cellKey, value] of Object.entries(kept)) {
      const parts = cellKey.split('.');
      cells.set(cellKey, { ...value, key: Object.fromEntries(ids.map((d, i) => [d, parts[i] ?? ''])) });
    }
    // A version replaces the whole previous one: every value it no longer has is removed.
    return { cells, version: previous ? previous.n : null, removable: () => true };
  }
  const published = await db
    .selectFrom('observations')
    .selectAll()
    .where('table_id', '=', table.id)
    .where('ref_area', '=', submission.ref_area)
    .where('valid_to', 'is', null)
    .execute();
  for (const row of published) {
    const o = rowToObservation(row, table);
    cells.set(formatCellKey(table, o.key), { value: o.value, status: o.status, key: o.key });
  }
  // A release replaces whole (country, period) slices (see revision-diff.ts).
  return { cells, version: null, removable: (key) => periods.has(key.TIME_PERIOD ?? '') };
}

function percentChange(old: number | null, next: number | null): number | null {
  if (old === null || next === null || old === 0) return null;
  return Math.round(((next - old) / old) * 1000) / 10;
}
