// Every issue of the draft, errors first; an issue on a cell is a button that takes the reader
// to that cell (switching slice and showing its row if needed).
import { useTranslation } from 'react-i18next';
import type { GridIssue, IssueSummary } from './entry-types';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function IssueList({
  issues,
  summary,
  describeKey,
  hasNote,
  onJump,
}: {
  issues: readonly GridIssue[];
  summary: IssueSummary;
  describeKey(key: string): string;
  /** A warning on a cell with a note is justified by that note when the draft is submitted. */
  hasNote(key: string): boolean;
  onJump(key: string): void;
}) {
  const { t } = useTranslation();
  const sorted = [...issues].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <section className="card entry-issues" aria-labelledby="entry-issues-title" data-testid="entry-issues">
      <h2 id="entry-issues-title">{t('entry.issues.title')}</h2>
      <p className="entry-issues__summary">
        <span className="entry-issue--error" data-testid="entry-error-count">
          {t('entry.issues.errors', { count: summary.errors })}
        </span>{' '}
        ·{' '}
        <span className="entry-issue--warning">
          {t('entry.issues.warnings', { count: summary.warnings })}
        </span>
      </p>
      {sorted.length === 0 ? (
        <p className="hint">{t('entry.issues.none')}</p>
      ) : (
        <ul className="entry-issues__list">
          {sorted.map((issue) => (
            <li
              key={`${issue.code}-${issue.key ?? ''}-${issue.message}`}
              className={`entry-issue entry-issue--${issue.severity}`}
            >
              <span className="entry-issue__severity">{t(`entry.issues.severity.${issue.severity}`)}</span>
              {issue.key ? (
                <button type="button" className="link-button" onClick={() => onJump(issue.key as string)}>
                  {describeKey(issue.key)}
                </button>
              ) : null}
              <span className="entry-issue__message">{issue.message}</span>
              {issue.severity === 'warning' && issue.key && hasNote(issue.key) ? (
                <span className="entry-issue__justified" data-testid="entry-justified">
                  {t('entry.issues.justifiedByNote')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
