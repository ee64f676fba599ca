// The current reporting round for the correspondent's countries: deadline, and each
// requested table's status (not started, draft, submitted, returned, accepted, published),
// on time or late, with its template and a link to type it in the data-entry grid.
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { StatusBadge } from '../work/status-badge';
import type { CoverageResponse } from '../work/work-types';
import { TemplateLink } from './template-link';

function daysUntil(iso: string): number {
  return Math.ceil((new Date(iso).getTime() - Date.now()) / 86_400_000);
}

export function RoundStatus({
  coverage,
  tableNames,
  countries,
}: {
  coverage: CoverageResponse;
  tableNames: ReadonlyMap<string, string>;
  countries: readonly string[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { round } = coverage;
  const days = daysUntil(round.deadline);
  const cells = coverage.cells.filter((c) => countries.includes(c.country));
  return (
    <section aria-labelledby="round-title" className="card" data-testid="round-status">
      <h2 id="round-title">{t('work.round.title', { name: round.name })}</h2>
      <p>
        {t('work.round.deadline', { date: formatDate(round.deadline, lang) })}{' '}
        <strong className={days < 0 ? 'error-text' : days <= 14 ? 'warn-text' : undefined}>
          {days < 0 ? t('work.round.overdue', { count: -days }) : t('work.round.daysLeft', { count: days })}
        </strong>
      </p>
      {cells.length === 0 ? (
        <p className="hint">{t('work.round.nothingRequested')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('common.country')}</th>
                <th scope="col">{t('common.table')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('work.round.timeliness')}</th>
                <th scope="col">{t('work.round.template')}</th>
              </tr>
            </thead>
            <tbody>
              {cells.map((cell) => (
                <tr key={`${cell.country}-${cell.table}`}>
                  <td>{cell.country}</td>
                  <td>
                    {cell.submissionId ? (
                      <LocalLink to={`/workspace/submissions/${cell.submissionId}`}>
                        {tableNames.get(cell.table) ?? cell.table}
                      </LocalLink>
                    ) : (
                      (tableNames.get(cell.table) ?? cell.table)
                    )}
                  </td>
                  <td>
                    <StatusBadge status={cell.status} />
                  </td>
                  <td>{cell.timeliness ? t(`work.round.${cell.timeliness}`) : '–'}</td>
                  <td>
                    <TemplateLink table={cell.table} country={cell.country} />{' '}
                    <LocalLink
                      className="entry-link"
                      to={`/workspace/entry/${cell.table}/${cell.country}`}
                      data-testid={`entry-link-${cell.table}-${cell.country}`}
                    >
                      {t('entry.openGrid')}
                    </LocalLink>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
