// The report as a correspondent reads it in a terminal: what was read and how, one line per
// error or note (severity, place, code, message in their language), the warnings by cause (one
// line per group, as each group takes one justification, and its first cells), then the counts.
import type { Lang } from '../../framework/types.js';
import { summarizeWarningGroups } from '../issues/group-warnings.js';
import type { Issue } from '../issues/issue.js';
import { renderIssueMessage } from '../issues/render-message.js';
import { reportText } from './report-texts.js';
import type { ValidationReport } from './validation-report.js';

function describeReading(report: ValidationReport, lang: Lang): string {
  const d = report.decisions;
  const layout = d.wideDimension
    ? `${reportText('wide', lang)} ${d.wideDimension}`
    : reportText('long', lang);
  const parts = [
    d.formatVersion ? `${d.format} ${d.formatVersion}` : d.format,
    d.encoding,
    d.delimiter ? `${reportText('delimiter', lang)} '${d.delimiter}'` : undefined,
    d.decimal ? `${reportText('decimal', lang)} '${d.decimal}'` : undefined,
    d.sheet ? `${reportText('sheet', lang)} '${d.sheet}'` : undefined,
    d.headerRow ? `${reportText('header', lang)} ${d.headerRow}` : undefined,
    d.layout ? layout : undefined,
  ];
  return parts.filter(Boolean).join(', ');
}

function place(issue: Issue, lang: Lang): string {
  const row = issue.row ? `${reportText('row', lang)} ${issue.row}` : undefined;
  const where = [issue.sheet, row, issue.column].filter(Boolean);
  return where.length > 0 ? where.join(' · ') : '—';
}

export function formatReportText(report: ValidationReport, lang: Lang): string {
  const lines = [
    `${report.table ?? '?'} · ${report.country ?? '?'} · ${report.file.name}`,
    reportText('read', lang, { rows: report.rows, observations: report.observations }),
    `${reportText('understood', lang)}: ${describeReading(report, lang)}`,
  ];
  const defaults = report.decisions.defaults ?? [];
  if (defaults.length > 0) {
    lines.push(
      `${reportText('defaults', lang)}: ${defaults.map((d) => `${d.dimension}=${d.code}`).join(', ')}`,
    );
  }
  lines.push('');
  const others = report.issues.filter((issue) => issue.severity !== 'warning');
  for (const issue of others) {
    lines.push(
      `${issue.severity.padEnd(7)} ${place(issue, lang).padEnd(28)} ${issue.code}: ${renderIssueMessage(issue, lang)}`,
    );
  }
  if (others.length > 0) lines.push('');
  const groups = summarizeWarningGroups(report.issues, lang);
  if (groups.length > 0) {
    lines.push(reportText('groups', lang, { groups: groups.length }));
    for (const group of groups) {
      lines.push(`warning [${group.id}] ×${group.count}: ${group.message}`);
      for (const cell of group.sample.slice(0, 3)) {
        const where = cell.row === null ? '—' : `${reportText('row', lang)} ${cell.row}`;
        lines.push(`    ${where.padEnd(12)} ${cell.message}`);
      }
    }
    lines.push('');
  }
  const { errors, warnings, infos } = report.summary;
  lines.push(reportText('summary', lang, { errors, warnings, infos }));
  if (report.summary.errors === 0) lines.push(reportText('clean', lang));
  return `${lines.join('\n')}\n`;
}

/** The report as JSON for machines, each issue with its message in `lang`. */
export function toJsonReport(report: ValidationReport, lang: Lang) {
  return {
    ...report,
    issues: report.issues.map((issue) => ({ ...issue, message: renderIssueMessage(issue, lang) })),
    warningGroups: summarizeWarningGroups(report.issues, lang),
  };
}
