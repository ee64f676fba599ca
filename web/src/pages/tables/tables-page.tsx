// /tables: every table of the framework with its coverage and its bulk files, and the
// catalogue for machines (JSON, DCAT-AP).
import { useTranslation } from 'react-i18next';
import type { CatalogResponse } from '../../api/travel-types';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';
import { BulkFileLink } from './bulk-file-link';

export default function TablesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('travel.tables.title'));
  const catalog = useApi<CatalogResponse>(`/api/catalog?lang=${lang}`);
  return (
    <div className="page" data-testid="tables-page">
      <h1>{t('travel.tables.title')}</h1>
      <p className="lead">{t('travel.tables.lead')}</p>
      <ApiView result={catalog}>
        {({ tables, bulk }) => (
          <>
            <ul className="table-list">
              {tables.map((table) => (
                <li key={table.id}>
                  <LocalLink to={`/tables/${table.id}`}>{table.name}</LocalLink>{' '}
                  <span className="hint">
                    {table.coverage.from
                      ? `${t('travel.tables.countries', { count: table.coverage.countries.length })}, ${table.coverage.from}–${table.coverage.to}`
                      : t('travel.tables.noData')}
                  </span>
                </li>
              ))}
            </ul>
            {bulk ? (
              <p>
                {t('travel.tables.allTables')}: <BulkFileLink file={bulk} />
              </p>
            ) : null}
            <p>
              {t('travel.tables.catalog')}: <a href="/api/catalog">/api/catalog</a> ·{' '}
              <a href="/catalog.jsonld">/catalog.jsonld</a>
            </p>
          </>
        )}
      </ApiView>
    </div>
  );
}
