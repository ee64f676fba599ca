// Which of the fifteen tables the country has published, and for which years (counted on
// the table's totals). A table without figures says so; nothing is inferred.
import { useTranslation } from 'react-i18next';
import { dataApiPath } from '../../api/data-query';
import type { DataResponse, TableDescription, TableSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';

export function summarizeYears(years: readonly string[]): string {
  if (years.length === 0) return '';
  const numbers = years.map(Number).sort((a, b) => a - b);
  const runs: string[] = [];
  let start = numbers[0] ?? 0;
  let previous = start;
  for (const year of [...numbers.slice(1), Number.NaN]) {
    if (year === previous + 1) {
      previous = year;
      continue;
    }
    runs.push(start === previous ? String(start) : `${start}–${previous}`);
    start = year;
    previous = year;
  }
  return runs.join(', ');
}

function CoverageRow({ table, iso3 }: { table: TableSummary; iso3: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const description = useApi<{ table: TableDescription }>(`/api/framework/tables/${table.id}?lang=${lang}`);
  const totals: Record<string, string[]> = { REF_AREA: [iso3] };
  if (description.state === 'ok') {
    for (const d of description.data.table.dimensionDetails) {
      if (d.hasTotal && d.id !== 'REF_AREA' && d.id !== 'TIME_PERIOD') totals[d.id] = ['_T'];
    }
  }
  const data = useApi<DataResponse>(
    description.state === 'ok' ? dataApiPath({ table: table.id, filters: totals, limit: 1000 }, lang) : null,
  );
  const years =
    data.state === 'ok'
      ? [...new Set(data.data.observations.map((o) => o.key.TIME_PERIOD ?? ''))].filter(Boolean)
      : [];
  const status =
    data.state === 'loading'
      ? t('common.loading')
      : years.length > 0
        ? summarizeYears(years)
        : t('country.coverage.none');
  return (
    <tr className={years.length > 0 ? 'has-data' : undefined}>
      <th scope="row">
        {years.length > 0 ? (
          <LocalLink to={`/explore?table=${table.id}&REF_AREA=${iso3}`}>{table.name}</LocalLink>
        ) : (
          table.name
        )}
      </th>
      <td>{status}</td>
    </tr>
  );
}

export function CoverageGrid({ iso3 }: { iso3: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const tables = useApi<{ tables: TableSummary[] }>(`/api/framework/tables?lang=${lang}`);
  return (
    <section aria-labelledby="coverage-title" className="profile-section">
      <h2 id="coverage-title">{t('country.coverage.title')}</h2>
      <ApiView result={tables}>
        {({ tables: list }) => (
          <table className="data-table coverage-table" data-testid="coverage-table">
            <caption className="visually-hidden">{t('country.coverage.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.table')}</th>
                <th scope="col">{t('country.coverage.years')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((table) => (
                <CoverageRow key={table.id} table={table} iso3={iso3} />
              ))}
            </tbody>
          </table>
        )}
      </ApiView>
    </section>
  );
}
