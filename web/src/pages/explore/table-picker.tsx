// The explorer's first screen: the fifteen tables of the framework, each with what it counts.
import { useTranslation } from 'react-i18next';
import type { TableSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';

export function TablePicker() {
  const { t } = useTranslation();
  const lang = useLang();
  const tables = useApi<{ tables: TableSummary[] }>(`/api/framework/tables?lang=${lang}`);
  return (
    <div className="page">
      <h1>{t('explore.title')}</h1>
      <p className="hint">{t('explore.pickTable')}</p>
      <ApiView result={tables}>
        {({ tables: list }) => (
          <ul className="table-cards" data-testid="table-picker">
            {list.map((table) => (
              <li key={table.id} className="card">
                <h2>
                  <LocalLink to={`/explore?table=${table.id}`}>{table.name}</LocalLink>
                </h2>
                <p>{table.description}</p>
                <p className="code-id">
                  {table.id} · {table.kind === 'flow' ? t('explore.kind.flow') : t('explore.kind.stock')}
                  {table.survey ? ` · ${t('explore.kind.survey')}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </ApiView>
    </div>
  );
}
