// A list of submissions with their state, linking to each one's page.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { StatusBadge } from './status-badge';
import type { SubmissionSummary } from './work-types';

export function SubmissionsList({
  submissions,
  basePath,
  tableNames,
  testId,
}: {
  submissions: readonly SubmissionSummary[];
  basePath: string;
  tableNames: ReadonlyMap<string, string>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  // The review queue counts the warning groups still open; lists without the count show none.
  const withGroups = submissions.some((s) => s.openWarningGroups !== undefined);
  if (submissions.length === 0) return <p className="hint">{t('work.submissions.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('common.table')}</th>
            <th scope="col">{t('common.country')}</th>
            <th scope="col">{t('common.status')}</th>
            <th scope="col">{t('work.submissions.updated')}</th>
            {withGroups ? <th scope="col">{t('work.submissions.openGroups')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {submissions.map((s) => (
            <tr key={s.id}>
              <td>
                <LocalLink to={`${basePath}/submissions/${s.id}`}>{s.id}</LocalLink>
              </td>
              <td>{tableNames.get(s.table) ?? s.table}</td>
              <td>{s.country}</td>
              <td>
                <StatusBadge status={s.status} />
              </td>
              <td>{formatDateTime(s.updatedAt, lang)}</td>
              {withGroups ? <td data-testid="open-warning-groups">{s.openWarningGroups ?? 0}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
