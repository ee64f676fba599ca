// /tables/:id — one table's public page: what it describes, which countries and years it covers,
// its releases with their sources and licences, downloads in every format and the bulk files.
// The server fills this page's <head> with a schema.org Dataset for search engines.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { CatalogResponse, CatalogTable } from '../../api/travel-types';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';
import NotFoundPage from '../not-found-page';
import { BulkFileLink } from './bulk-file-link';

export default function TablePage() {
  const { id = '' } = useParams();
  const lang = useLang();
  const catalog = useApi<CatalogResponse>(`/api/catalog?lang=${lang}`);
  return (
    <ApiView result={catalog}>
      {({ tables }) => {
        const table = tables.find((x) => x.id === id.toUpperCase());
        return table ? <TableView table={table} /> : <NotFoundPage />;
      }}
    </ApiView>
  );
}

function TableView({ table }: { table: CatalogTable }) {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(table.name);
  const formats: [string, string][] = [
    ['CSV', `/api/download?table=${table.id}&format=csv&lang=${lang}`],
    ['XLSX', `/api/download?table=${table.id}&format=xlsx&lang=${lang}`],
    ['SDMX-CSV', `/api/download?table=${table.id}&format=sdmx-csv&lang=${lang}`],
    ['JSON-stat', `/api/download?table=${table.id}&format=jsonstat&lang=${lang}`],
  ];
  return (
    <div className="page" data-testid="table-page">
      <p className="breadcrumb">
        <LocalLink to="/tables">{t('travel.tables.title')}</LocalLink> / {table.id}
      </p>
      <h1>{table.name}</h1>
      <p className="lead">{table.description}</p>
      <p>
        <LocalLink to={`/explore?table=${table.id}`}>{t('travel.tables.explore')}</LocalLink> ·{' '}
        <LocalLink to="/methodology">{t('travel.tables.methodology')}</LocalLink>
      </p>
      <h2>{t('travel.tables.coverage')}</h2>
      {table.coverage.countries.length === 0 ? (
        <p>{t('travel.tables.noData')}</p>
      ) : (
        <dl className="definition-list">
          {table.coverage.countries.map((c) => (
            <div key={c.iso3}>
              <dt>
                <LocalLink to={`/countries/${c.iso3}`}>{c.iso3}</LocalLink>
              </dt>
              <dd>{c.years.join(', ')}</dd>
            </div>
          ))}
        </dl>
      )}
      <h2>{t('travel.tables.downloads')}</h2>
      <ul>
        {formats.map(([name, href]) => (
          <li key={name}>
            <a href={href}>{name}</a>
          </li>
        ))}
      </ul>
      <h2>{t('travel.tables.bulk')}</h2>
      <p className="hint">{t('travel.tables.bulkHint')}</p>
      <ul data-testid="bulk-files">
        {table.bulk.map((file) => (
          <li key={file.name}>
            <BulkFileLink file={file} />
          </li>
        ))}
      </ul>
      <h2>{t('travel.tables.releases')}</h2>
      <ul>
        {table.releases.map((r) => (
          <li key={r.id}>
            {r.id} ({formatDate(r.publishedAt, lang)}) — {String(r.source.publisher ?? '')}
            {r.licence ? (
              <>
                {' '}
                · {t('travel.tables.licence')}:{' '}
                {r.licenceUrl ? <a href={r.licenceUrl}>{r.licence}</a> : r.licence}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
