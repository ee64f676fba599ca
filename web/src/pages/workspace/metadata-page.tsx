// /workspace/metadata?table=…&country=… — the correspondent chooses one of their countries and a
// table, then edits the metadata on its sources.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { SessionUser } from '../../api/session';
import type { TableSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { useLang } from '../../i18n/use-lang';
import { usePageTitle } from '../../layout/use-page-title';
import { SourceMetadataPanel } from './source-metadata-form';

export function MetadataPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('travel.metadataForm.title'));
  const [params, setParams] = useSearchParams();
  const tables = useApi<{ tables: TableSummary[] }>(`/api/framework/tables?lang=${lang}`);
  const list = tables.state === 'ok' ? tables.data.tables : [];
  const country = params.get('country') ?? user.countries[0] ?? '';
  const table = params.get('table') ?? list[0]?.id ?? '';
  const choose = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setParams(next, { replace: true });
  };
  return (
    <div className="page workspace" data-testid="metadata-page">
      <h1>{t('travel.metadataForm.title')}</h1>
      <div className="toolbar">
        <div className="field field--inline">
          <label htmlFor="metadata-country">{t('travel.metadataForm.country')}</label>
          <select id="metadata-country" value={country} onChange={(e) => choose('country', e.target.value)}>
            {user.countries.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor="metadata-table">{t('travel.metadataForm.table')}</label>
          <select id="metadata-table" value={table} onChange={(e) => choose('table', e.target.value)}>
            {list.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {country && table ? (
        <SourceMetadataPanel key={`${country}|${table}`} country={country} table={table} />
      ) : null}
    </div>
  );
}
