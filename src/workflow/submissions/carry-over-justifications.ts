// Justifications follow a correction (issue 17): when version n+1 replaces version n, each
// warning of n that was justified hands its latest justification to the same warning of n+1 —
// the same rule on the same cell — so a correspondent explains a figure once, not per upload.
// A warning that went away takes its justification with it; a new one needs its own. A
// justification given to a whole warning group (one cause) carries over to the same group when
// the new version still has warnings in it (group ids are deterministic: rule + cause).
import type { TableDef } from '../../framework/types.js';
import { rowToObservation } from '../../store/observation-row.js';
import { insertJustification } from '../../store/repositories/justifications.js';
import { listStagedRows } from '../../store/repositories/submission-records.js';
import type { Store, StoreTx } from '../../store/store.js';
import { formatCellKey } from './cell-key.js';
import { parseReport, type ReportIssue, readReportIssues } from './report-issues.js';

/**
 * A warning's identity across versions: its rule and the cell it is about (its own key, or the
 * key of the value staged from its row), or the rule alone for a table-wide warning. Rows move
 * between files, so a warning placed by row only, where no value was staged, has no identity and
 * its justification does not carry over. A grouped warning can add its group here.
 */
export function warningIdentity(issue: ReportIssue, keyOfRow: ReadonlyMap<number, string>): string | null {
  const key = issue.key ?? (issue.row !== null ? keyOfRow.get(issue.row) : undefined);
  if (key !== undefined) return `${issue.code}|${key}`;
  if (issue.row === null) return `${issue.code}|`;
  return null;
}

export async function readCells(store: Store | StoreTx, table: TableDef, id: number) {
  const cells: Record<string, { value: number | null; status: string }> = {};
  const keyOfRow = new Map<number, string>();
  for (const row of await listStagedRows(store.db, id)) {
    const o = rowToObservation(row, table);
    const key = formatCellKey(table, o.key);
    cells[key] = { value: o.value, status: o.status };
    if (row.source_row !== null) keyOfRow.set(row.source_row, key);
  }
  return { cells, keyOfRow };
}

/** Copies each justified warning's latest justification to the same warning of the new version. */
export async function carryOverJustifications(
  tx: StoreTx,
  table: TableDef,
  args: {
    id: number;
    version: number;
    oldReport: string | null;
    oldKeyOfRow: ReadonlyMap<number, string>;
    newReport: string | null;
    justifications: readonly {
      row: number | null;
      key: string | null;
      group?: string | null;
      text: string;
      createdBy: number | null;
    }[];
  },
): Promise<number> {
  const justified = new Map<string, { text: string; createdBy: number | null }>();
  const oldWarnings = readReportIssues(parseReport(args.oldReport), table).filter(
    (i) => i.severity === 'warning',
  );
  for (const warning of oldWarnings) {
    const identity = warningIdentity(warning, args.oldKeyOfRow);
    if (identity === null) continue;
    const latest = args.justifications
      .filter(
        (j) =>
          !j.group &&
          ((warning.row !== null && j.row === warning.row) ||
            (warning.key !== null && j.key === warning.key) ||
            (warning.row === null && warning.key === null && j.row === null && j.key === null)),
      )
      .at(-1);
    if (latest) justified.set(identity, { text: latest.text, createdBy: latest.createdBy });
  }
  let carried = 0;
  const done = new Set<string>();
  const { keyOfRow } = await readCells(tx, table, args.id);
  const newWarnings = readReportIssues(parseReport(args.newReport), table).filter(
    (i) => i.severity === 'warning',
  );
  const latestOfGroup = new Map<string, { text: string; createdBy: number | null }>();
  for (const j of args.justifications) if (j.group) latestOfGroup.set(j.group, j);
  const newGroups = new Set(newWarnings.map((w) => w.group));
  for (const [group, from] of latestOfGroup) {
    if (!newGroups.has(group)) continue;
    await insertJustification(tx.db, {
      submissionId: args.id,
      row: null,
      key: null,
      group,
      text: from.text,
      createdBy: from.createdBy,
      version: args.version,
    });
    carried++;
  }
  for (const warning of newWarnings) {
    if (latestOfGroup.has(warning.group)) continue;
    const identity = warningIdentity(warning, keyOfRow);
    const from = identity === null ? undefined : justified.get(identity);
    if (!from || identity === null || done.has(identity)) continue;
    done.add(identity);
    await insertJustification(tx.db, {
      submissionId: args.id,
      row: warning.row,
      key: warning.key,
      group: null,
      text: from.text,
      createdBy: from.createdBy,
      version: args.version,
    });
    carried++;
  }
  return carried;
}
