// The fifteen tables: pick one to see its dimensions (with their code lists), attributes,
// unit and the national sources it is typically compiled from.
import { useTranslation } from 'react-i18next';
import type { TableDescription, TableSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';

export function TablesSection({ selected }: { selected: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const tables = useApi<{ tables: TableSummary[] }>(`/api/framework/tables?lang=${lang}`);
  return (
    <div className="master-detail">
      <ApiView result={tables}>
        {({ tables: list }) => {
          const current = selected ?? list[0]?.id ?? null;
          return (
            <>
              <ul className="master-list" aria-label={t('methodology.section.tables')}>
                {list.map((table) => (
                  <li key={table.id}>
                    <LocalLink
                      to={`/methodology?section=tables&table=${table.id}`}
                      aria-current={table.id === current ? 'true' : undefined}
                    >
                      {table.name}
                      <span className="code-id">{table.id}</span>
                    </LocalLink>
                  </li>
                ))}
              </ul>
              {current ? <TableDetail id={current} /> : null}
            </>
          );
        }}
      </ApiView>
    </div>
  );
}

function TableDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const table = useApi<{ table: TableDescription }>(`/api/framework/tables/${id}?lang=${lang}`);
  return (
    <div className="detail-panel" data-testid="table-detail">
      <ApiView result={table}>
        {({ table: d }) => (
          <>
            <h2>{d.name}</h2>
            <p>{d.description}</p>
            <dl className="definition-list">
              <dt>{t('methodology.tables.id')}</dt>
              <dd className="code-id">{d.id}</dd>
              <dt>{t('methodology.tables.kind')}</dt>
              <dd>{d.kind === 'flow' ? t('explore.kind.flow') : t('explore.kind.stock')}</dd>
              <dt>{t('methodology.tables.unit')}</dt>
              <dd>
                {d.unit === 'USD_M' ? t('explore.unit.usdMillions') : t('explore.unit.persons')}
                {d.unitMultiplier === 3 ? ` (${t('methodology.tables.thousands')})` : ''}
              </dd>
              <dt>{t('methodology.tables.sources')}</dt>
              <dd>{d.typicalSources.join(', ')}</dd>
              <dt>{t('methodology.tables.attributes')}</dt>
              <dd className="code-id">{d.attributes.join(', ')}</dd>
            </dl>
            <h3>{t('methodology.tables.dimensions')}</h3>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('common.code')}</th>
                  <th scope="col">{t('common.name')}</th>
                  <th scope="col">{t('methodology.tables.codelist')}</th>
                  <th scope="col">{t('methodology.tables.total')}</th>
                </tr>
              </thead>
              <tbody>
                {d.dimensionDetails.map((dimension) => (
                  <tr key={dimension.id}>
                    <td className="code-id">{dimension.id}</td>
                    <td>{dimension.name}</td>
                    <td>
                      {dimension.codelist ? (
                        <LocalLink to={`/methodology?section=codelists&codelist=${dimension.codelist}`}>
                          {dimension.codelistName ?? dimension.codelist}
                        </LocalLink>
                      ) : (
                        t('methodology.tables.years')
                      )}
                    </td>
                    <td>{dimension.hasTotal ? t('common.yes') : t('common.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              <LocalLink className="button" to={`/explore?table=${d.id}`}>
                {t('methodology.tables.explore')}
              </LocalLink>
            </p>
          </>
        )}
      </ApiView>
    </div>
  );
}
