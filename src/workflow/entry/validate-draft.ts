// A draft is checked by exactly the rules a file goes through (validateObservations): each
// observation takes the row it will have in the canonical file (header = row 1), so an issue's
// row leads back to its cell, and the message names that cell instead of a row number.
import type { Observation } from '../../framework/observation.js';
import type { Lang } from '../../framework/types.js';
import { type ValidationContext, validateObservations } from '../../ingest/index.js';
import {
  collectWarningGroups,
  GROUP_SAMPLE,
  groupIdOf,
  renderGroupMessage,
} from '../../ingest/issues/group-warnings.js';
import { createIssueLog } from '../../ingest/issues/issue-log.js';
import { formatCellKey } from '../submissions/cell-key.js';
import { localizeIssue } from '../submissions/localize-report.js';
import type { ReportIssue } from '../submissions/report-issues.js';
import { describeCell } from './describe-cell.js';
import type { EntryScope } from './entry-scope.js';

/** The first data row of the canonical file: observation i sits at row i + FIRST_ROW. */
export const FIRST_ROW = 2;

export interface DraftValidation {
  issues: ReportIssue[];
  /** The warnings by cause, as the submission will show them (one justification per group). */
  warningGroups: {
    id: string;
    code: string;
    count: number;
    message: string;
    sample: { key: string | null; message: string }[];
  }[];
  summary: { errors: number; warnings: number; infos: number };
}

export function validateDraft(
  scope: EntryScope,
  observations: readonly Observation[],
  context: ValidationContext,
  lang: Lang,
): DraftValidation {
  const { table, country, layout } = scope;
  const located = observations.map((observation, i) => ({
    observation,
    location: { row: i + FIRST_ROW, column: 'OBS_VALUE' },
  }));
  const found = validateObservations(table, country, located, context);
  const log = createIssueLog();
  for (const issue of found) log.add(issue);
  const { byCode: _byCode, ...summary } = log.summarize();
  const issues = found.map((issue) => {
    const observation = issue.row === undefined ? undefined : observations[issue.row - FIRST_ROW];
    const rendered = localizeIssue(
      observation ? { ...issue, row: describeCell(table, layout, observation.key, lang) } : issue,
      lang,
    );
    return {
      code: issue.code,
      severity: issue.severity,
      row: issue.row ?? null,
      column: issue.column ?? null,
      key: observation ? formatCellKey(table, observation.key) : null,
      value: issue.value ?? null,
      params: issue.params,
      message: rendered.message,
      group: groupIdOf(issue),
    } satisfies ReportIssue;
  });
  const warningGroups = collectWarningGroups(issues).map(({ id, code, members }) => ({
    id,
    code,
    count: members.length,
    message: members.length === 1 ? (members[0]?.message ?? id) : renderGroupMessage(id, members, lang),
    sample: members.slice(0, GROUP_SAMPLE).map((m) => ({ key: m.key, message: m.message })),
  }));
  return { issues, warningGroups, summary };
}
