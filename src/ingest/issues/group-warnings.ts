// Warnings grouped by cause: a statistician confirms a fact once ("the breakdown by sex is new
// in 2017"), not once per cell it touches. A rule names each warning's group (rule code +
// cause, e.g. `SERIES_BREAK:start:SEX`); a warning without one is its own group, by row or
// cell. Ids are deterministic, so a corrected file of the same submission finds its groups
// again and the justifications given to them.
import { getRule } from '../../framework/rules.js';
import type { Lang } from '../../framework/types.js';
import { describeKeyText } from './describe-key.js';
import type { Issue } from './issue.js';
import { fillTemplate, formatNumber, renderIssueMessage } from './render-message.js';

/** What grouping needs of an issue: the ingest's Issue and the workflow's stored form both fit. */
export interface GroupableIssue {
  code: string;
  severity: string;
  group?: string | null | undefined;
  row?: number | null | undefined;
  column?: string | null | undefined;
  sheet?: string | null | undefined;
  key?: unknown;
  value?: unknown;
  params?: Record<string, unknown>;
}

/** How many located cells a group shows; the rest are counted. */
export const GROUP_SAMPLE = 10;

/** The group a warning belongs to: the one its rule named, else its own by row, cell or rule. */
export function groupIdOf(issue: GroupableIssue): string {
  if (issue.group) return issue.group;
  if (typeof issue.row === 'number') return `${issue.code}:row:${issue.row}`;
  if (typeof issue.key === 'string' && issue.key) return `${issue.code}:key:${issue.key}`;
  return issue.code;
}

/** Warnings by group, groups in the order their first warning came. */
export function collectWarningGroups<T extends GroupableIssue>(
  issues: readonly T[],
): { id: string; code: string; members: T[] }[] {
  const groups = new Map<string, { id: string; code: string; members: T[] }>();
  for (const issue of issues) {
    if (issue.severity !== 'warning') continue;
    const id = groupIdOf(issue);
    const group = groups.get(id);
    if (group) group.members.push(issue);
    else groups.set(id, { id, code: issue.code, members: [issue] });
  }
  return [...groups.values()];
}

/** The group's message in the reader's language: the one warning's own, or its cause's. */
export function renderGroupMessage(id: string, members: readonly GroupableIssue[], lang: Lang): string {
  const first = members[0];
  if (!first) return id;
  if (members.length === 1) return renderIssueMessage(asIssue(first), lang);
  const rule = getRule(first.code);
  const cause = id.split(':')[1] ?? '';
  const template = (rule?.groupMessages?.[cause] ?? rule?.groupMessages?.['*'])?.[lang];
  if (!template)
    return `${renderIssueMessage(asIssue(first), lang)} (+${formatNumber(members.length - 1, lang)})`;
  const slots: Record<string, string | number | undefined> = {};
  for (const [name, value] of Object.entries(first.params ?? {}))
    if (typeof value === 'string' || typeof value === 'number') slots[name] = value;
  // A group spanning several years speaks of the first.
  for (const name of ['year', 'lastYear']) {
    const years = members
      .map((m) => m.params?.[name])
      .filter((y) => y !== undefined)
      .map(String);
    if (years.length > 0) slots[name] = years.sort()[0];
  }
  slots.count = members.length;
  const shown = members.slice(0, 3).map((m) => describeMember(m, lang));
  slots.cells = `${shown.join('; ')}${members.length > 3 ? '; …' : ''}`;
  return fillTemplate(template, slots, lang, String(first.params?.dimension ?? ''));
}

/** One warning of a group in a few words, for the group's message. */
function describeMember(issue: GroupableIssue, lang: Lang): string {
  const params = issue.params ?? {};
  const series = typeof params.series === 'string' ? describeKeyText(params.series, lang) : undefined;
  const value =
    typeof issue.value === 'string' || typeof issue.value === 'number' ? Number(issue.value) : NaN;
  if (issue.code === 'OUTLIER' && series !== undefined) {
    return `${series}, ${String(params.year ?? '')}: ${Number.isNaN(value) ? '' : formatNumber(value, lang)}`;
  }
  if (issue.code === 'INCOMPLETE')
    return `${String(params.year ?? '')}: ${describeKeyText(String(params.cells ?? ''), lang)}`;
  if (series !== undefined) return series;
  return typeof issue.row === 'number' ? `#${issue.row}` : issue.code;
}

/** An issue in any stored form as the renderer takes it (no nulls). */
export function asIssue(issue: GroupableIssue): Issue {
  const rendered: Issue = {
    code: issue.code,
    severity: issue.severity === 'error' || issue.severity === 'info' ? issue.severity : 'warning',
    params: (issue.params ?? {}) as Issue['params'],
  };
  if (typeof issue.row === 'number') rendered.row = issue.row;
  if (typeof issue.column === 'string') rendered.column = issue.column;
  if (issue.value !== undefined && issue.value !== null) rendered.value = String(issue.value);
  return rendered;
}

export interface WarningGroupSummary {
  id: string;
  code: string;
  count: number;
  message: string;
  /** Up to GROUP_SAMPLE located cells of the group, each with its own message. */
  sample: {
    row: number | null;
    column: string | null;
    sheet?: string | null;
    key?: unknown;
    value: unknown;
    message: string;
  }[];
}

/** The report's warnings as groups, messages in `lang` (the CLI and the JSON report). */
export function summarizeWarningGroups(issues: readonly GroupableIssue[], lang: Lang): WarningGroupSummary[] {
  return collectWarningGroups(issues).map(({ id, code, members }) => ({
    id,
    code,
    count: members.length,
    message: renderGroupMessage(id, members, lang),
    sample: members
      .filter((m) => typeof m.row === 'number' || (typeof m.key === 'string' && m.key))
      .slice(0, GROUP_SAMPLE)
      .map((m) => ({
        row: typeof m.row === 'number' ? m.row : null,
        column: typeof m.column === 'string' ? m.column : null,
        ...(m.sheet ? { sheet: m.sheet } : {}),
        ...(m.key ? { key: m.key } : {}),
        value: m.value ?? null,
        message: renderIssueMessage(asIssue(m), lang),
      })),
  }));
}
