// The indicators of the framework (FRAMEWORK §7): what each measures and how it is computed,
// each opening its cross-country page.
import { useTranslation } from 'react-i18next';
import type { IndicatorDefinition } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';

export default function IndicatorsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('indicators.title'));
  const definitions = useApi<{ indicators: IndicatorDefinition[] }>(`/api/framework/indicators?lang=${lang}`);
  return (
    <div className="page">
      <h1>{t('indicators.title')}</h1>
      <p className="hint">{t('indicators.intro')}</p>
      <ApiView result={definitions}>
        {({ indicators }) => (
          <ul className="table-cards" data-testid="indicator-list">
            {indicators.map((indicator) => (
              <li key={indicator.id} className="card">
                <h2>
                  <LocalLink to={`/indicators/${indicator.id}`}>{indicator.name}</LocalLink>
                </h2>
                <p>{indicator.formula}</p>
                <p className="code-id">
                  {indicator.id} · {t(`indicators.unit.${indicator.unit}`)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </ApiView>
    </div>
  );
}
