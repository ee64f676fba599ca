// Every issue of the draft, errors first, then the warnings grouped by cause as the submission
// will group them (one justification per group there; a note on a cell justifies its warning
// here); an issue on a cell is a button that takes the reader to that cell (switching slice and
// showing its row if needed).
import { useTranslation } from 'react-i18next';
import type { GridIssue, GridWarningGroup, IssueSummary } from './entry-types';

function IssueItem({
  issue,
  describeKey,
  hasNote,
  onJump,
}: {
  issue: GridIssue;
  describeKey(key: string): string;
  hasNote(key: string): boolean;
  onJump(key: string): void;
}) {
  const { t } = useTranslation();
  return (
    <li className={`entry-issue entry-issue--${issue.severity}`}>
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
  );
}

/** The warnings by group, groups in the order of their first warning. */
function groupWarnings(issues: readonly GridIssue[]): { id: string; members: GridIssue[] }[] {
  const groups = new Map<string, GridIssue[]>();
  for (const issue of issues) {
    if (issue.severity !== 'warning') continue;
    const id = issue.group ?? `${issue.code}:${issue.key ?? issue.message}`;
    groups.set(id, [...(groups.get(id) ?? []), issue]);
  }
  return [...groups].map(([id, members]) => ({ id, members }));
}

export function IssueList({
  issues,
  warningGroups = [],
  summary,
  describeKey,
  hasNote,
  onJump,
}: {
  issues: readonly GridIssue[];
  warningGroups?: readonly GridWarningGroup[];
  summary: IssueSummary;
  describeKey(key: string): string;
  /** A warning on a cell with a note is justified by that note when the draft is submitted. */
  hasNote(key: string): boolean;
  onJump(key: string): void;
}) {
  const { t } = useTranslation();
  const errors = issues.filter((i) => i.severity === 'error');
  const others = issues.filter((i) => i.severity === 'info');
  const groups = groupWarnings(issues);
  const item = (issue: GridIssue) => (
    <IssueItem
      key={`${issue.code}-${issue.key ?? ''}-${issue.message}`}
      issue={issue}
      describeKey={describeKey}
      hasNote={hasNote}
      onJump={onJump}
    />
  );
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
      {issues.length === 0 ? (
        <p className="hint">{t('entry.issues.none')}</p>
      ) : (
        <ul className="entry-issues__list">
          {errors.map(item)}
          {groups.map(({ id, members }) =>
            members.length === 1 ? (
              item(members[0] as GridIssue)
            ) : (
              <li key={id} className="entry-issue-group" data-testid="entry-warning-group">
                <p className="entry-issue__message">
                  {warningGroups.find((g) => g.id === id)?.message ?? members[0]?.message}
                </p>
                <ul className="entry-issues__list">{members.map(item)}</ul>
              </li>
            ),
          )}
          {others.map(item)}
        </ul>
      )}
    </section>
  );
}
