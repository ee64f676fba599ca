import { useTranslation } from 'react-i18next';
import type { IndicatorDefinition } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';

export function IndicatorsSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const definitions = useApi<{ indicators: IndicatorDefinition[] }>(`/api/framework/indicators?lang=${lang}`);
  return (
    <section aria-labelledby="method-indicators-title">
      <h2 id="method-indicators-title">{t('methodology.section.indicators')}</h2>
      <ApiView result={definitions}>
        {({ indicators }) => (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('indicators.formula')}</th>
                <th scope="col">{t('indicators.unitLabel')}</th>
                <th scope="col">{t('indicators.inputs')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => (
                <tr key={indicator.id}>
                  <td>
                    <LocalLink to={`/indicators/${indicator.id}`}>{indicator.name}</LocalLink>
                    {indicator.notes ? <p className="hint">{indicator.notes}</p> : null}
                  </td>
                  <td>{indicator.formula}</td>
                  <td>{t(`indicators.unit.${indicator.unit}`)}</td>
                  <td className="code-id">{indicator.inputs.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ApiView>
    </section>
  );
}
