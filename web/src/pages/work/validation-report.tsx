// The validation report of a file, all issues at once: filter by severity and code, go to a
// row, download the report as CSV. Errors block submission; warnings may need a justification.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { formatKey, type RuleBook, renderIssueMessage } from './issue-messages';
import type { ReportIssue, ValidationReport } from './work-types';

const SEVERITIES = ['error', 'warning', 'info'] as const;

/** CSV cells starting with = + - @ are neutralised so a spreadsheet never runs them. */
function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function downloadReportCsv(issues: readonly ReportIssue[], rules: RuleBook, fileName: string): void {
  const header = ['severity', 'code', 'sheet', 'row', 'column', 'value', 'message'];
  const lines = issues.map((i) =>
    [
      i.severity,
      i.code,
      i.sheet ?? '',
      i.row ?? '',
      i.column ?? '',
      i.value ?? '',
      renderIssueMessage(i, rules),
    ]
      .map(csvCell)
      .join(','),
  );
  const blob = new Blob([`\uFEFF${[header.join(','), ...lines].join('\r\n')}`], {
    type: 'text/csv;charset=utf-8',
  });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ValidationReportView({
  report,
  rules,
  fileName,
}: {
  report: ValidationReport;
  rules: RuleBook;
  fileName: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const issues = report.issues ?? [];
  const [severity, setSeverity] = useState<string>('all');
  const [code, setCode] = useState<string>('all');
  const [row, setRow] = useState<string>('');
  const codes = useMemo(() => [...new Set(issues.map((i) => i.code))].sort(), [issues]);
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, issues.filter((i) => i.severity === s).length]),
  );
  const visible = issues.filter(
    (i) =>
      (severity === 'all' || i.severity === severity) &&
      (code === 'all' || i.code === code) &&
      (row === '' || String(i.row ?? '') === row),
  );

  return (
    <section aria-labelledby="report-title" className="validation-report" data-testid="validation-report">
      <h2 id="report-title">{t('work.report.title')}</h2>
      <p>
        {t('work.report.read', {
          rows: formatNumber(report.rows ?? null, lang, 0),
          observations: formatNumber(report.observations ?? null, lang, 0),
        })}
      </p>
      <ul className="inline-list report-counts">
        {SEVERITIES.map((s) => (
          <li key={s}>
            <span className={`severity severity--${s}`}>{t(`methodology.rules.severities.${s}`)}</span>{' '}
            <strong data-testid={`count-${s}`}>{counts[s]}</strong>
          </li>
        ))}
      </ul>
      {issues.length === 0 ? (
        <p className="ok-message">{t('work.report.clean')}</p>
      ) : (
        <>
          <div className="toolbar">
            <div className="toolbar__group">
              <label className="field field--inline">
                {t('methodology.rules.severity')}
                <select
                  value={severity}
                  onChange={(event) => setSeverity(event.target.value)}
                  data-testid="issue-severity"
                >
                  <option value="all">{t('methodology.rules.severities.all')}</option>
                  {SEVERITIES.map((s) => (
                    <option key={s} value={s}>
                      {t(`methodology.rules.severities.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field field--inline">
                {t('common.code')}
                <select value={code} onChange={(event) => setCode(event.target.value)}>
                  <option value="all">{t('common.all')}</option>
                  {codes.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field field--inline">
                {t('work.report.goToRow')}
                <input
                  type="number"
                  min={1}
                  value={row}
                  onChange={(event) => setRow(event.target.value)}
                  className="narrow"
                />
              </label>
            </div>
            <button
              type="button"
              className="button button--small"
              onClick={() => downloadReportCsv(issues, rules, `${fileName}-report.csv`)}
            >
              {t('work.report.download')}
            </button>
          </div>
          {/* A long report scrolls: the region takes the keyboard focus to scroll it (axe). */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="table-scroll report-scroll" aria-label={t('work.report.title')} tabIndex={0}>
            <table className="data-table">
              <caption className="visually-hidden">{t('work.report.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('methodology.rules.severity')}</th>
                  <th scope="col">{t('work.report.where')}</th>
                  <th scope="col">{t('work.report.message')}</th>
                </tr>
              </thead>
              <tbody>
                {visible.map((issue, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: issues can repeat code and place
                  <tr key={index} id={issue.row ? `issue-row-${issue.row}` : undefined}>
                    <td>
                      <span className={`severity severity--${issue.severity}`}>
                        {t(`methodology.rules.severities.${issue.severity}`)}
                      </span>
                      <div className="code-id">{issue.code}</div>
                    </td>
                    <td className="issue-where">
                      {issue.sheet ? <div>{t('work.report.sheet', { sheet: issue.sheet })}</div> : null}
                      {issue.row ? <div>{t('work.report.row', { row: issue.row })}</div> : null}
                      {issue.column ? <div>{t('work.report.column', { column: issue.column })}</div> : null}
                      {issue.key ? <div className="code-id">{formatKey(issue.key)}</div> : null}
                    </td>
                    <td>{renderIssueMessage(issue, rules)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <p className="hint">{t('work.report.shown', { count: visible.length, total: issues.length })}</p>
        </>
      )}
    </section>
  );
}
