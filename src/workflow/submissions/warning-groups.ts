// A submission's warnings as the groups a correspondent justifies and a reviewer reads: one per
// rule and cause, with its count, its message in the reader's language, up to ten located cells
// and the justification that covers it. A group is open while one of its warnings is not
// justified (by the group's note, or by notes on its rows or cells).
import type { Lang } from '../../framework/types.js';
import {
  asIssue,
  collectWarningGroups,
  GROUP_SAMPLE,
  renderGroupMessage,
} from '../../ingest/issues/group-warnings.js';
import { renderIssueMessage } from '../../ingest/issues/render-message.js';
import type { WarningState } from './report-issues.js';

export interface WarningGroup {
  id: string;
  code: string;
  count: number;
  message: string;
  sample: {
    row: number | null;
    column: string | null;
    key: string | null;
    value: unknown;
    message: string;
  }[];
  /** The note given to the whole group (the latest), else null. */
  justification: string | null;
  /** How many of its warnings are justified, by the group's note or their own. */
  justified: number;
  /** Whether no warning of the group sits at a cell of the file (its note goes to the release notes). */
  tableWide: boolean;
}

export function listWarningGroups(
  warnings: readonly WarningState[],
  justifications: readonly { group?: string | null; text: string }[],
  lang: Lang,
): WarningGroup[] {
  return collectWarningGroups(warnings).map(({ id, code, members }) => {
    const located = members.filter((m) => m.row !== null || m.key !== null);
    return {
      id,
      code,
      count: members.length,
      message: renderGroupMessage(id, members, lang),
      sample: located.slice(0, GROUP_SAMPLE).map((m) => ({
        row: m.row,
        column: m.column,
        key: m.key,
        value: m.value,
        message: renderIssueMessage(asIssue(m), lang),
      })),
      justification: justifications.filter((j) => j.group === id).at(-1)?.text ?? null,
      justified: members.filter((m) => m.justification !== null).length,
      tableWide: located.length === 0,
    };
  });
}

/** Groups with a warning left to justify. */
export function countOpenGroups(groups: readonly WarningGroup[]): number {
  return groups.filter((g) => g.justified < g.count).length;
}
