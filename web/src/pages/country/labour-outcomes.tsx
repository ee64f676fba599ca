// Labour-market outcomes of the foreign-born against the native-born (FRAMEWORK §7):
// participation, employment and unemployment rates computed from LAB_STATUS, with the gap in
// percentage points. Nothing is shown for a year missing one of the inputs.
import { useTranslation } from 'react-i18next';
import type { DataObservation, DataResponse } from '../../api/types';
import type { Loadable } from '../../api/use-api';
import { ApiView, NoDataPanel } from '../../components/status-panel';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

interface Rates {
  participation: number | null;
  employment: number | null;
  unemployment: number | null;
}

function ratesOf(observations: readonly DataObservation[], birthplace: string, period: string): Rates {
  const value = (status: string) =>
    observations.find(
      (o) => o.key.BIRTHPLACE === birthplace && o.key.TIME_PERIOD === period && o.key.LF_STATUS === status,
    )?.value ?? null;
  const employed = value('EMP');
  const unemployed = value('UNE');
  const population = value('_T');
  const active = employed !== null && unemployed !== null ? employed + unemployed : null;
  return {
    participation: active !== null && population ? (active / population) * 100 : null,
    employment: employed !== null && population ? (employed / population) * 100 : null,
    unemployment: active && unemployed !== null ? (unemployed / active) * 100 : null,
  };
}

export function LabourOutcomes({ data }: { data: Loadable<DataResponse> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="labour-title" className="profile-section">
      <h2 id="labour-title">{t('country.labour.title')}</h2>
      <ApiView result={data}>{(response) => <OutcomesTable response={response} />}</ApiView>
    </section>
  );
}

function OutcomesTable({ response }: { response: DataResponse }) {
  const { t } = useTranslation();
  const lang = useLang();
  const periods = [...new Set(response.observations.map((o) => o.key.TIME_PERIOD ?? ''))].sort().slice(-5);
  if (periods.length === 0) return <NoDataPanel>{t('country.labour.none')}</NoDataPanel>;
  const measures: (keyof Rates)[] = ['participation', 'employment', 'unemployment'];
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('country.labour.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('country.labour.rate')}</th>
            <th scope="col">{t('common.year')}</th>
            <th scope="col" className="numeric">
              {t('country.labour.foreignBorn')}
            </th>
            <th scope="col" className="numeric">
              {t('country.labour.nativeBorn')}
            </th>
            <th scope="col" className="numeric">
              {t('country.labour.gap')}
            </th>
          </tr>
        </thead>
        <tbody>
          {measures.flatMap((measure) =>
            periods.map((period) => {
              const fb = ratesOf(response.observations, 'FB', period)[measure];
              const nb = ratesOf(response.observations, 'NB', period)[measure];
              return (
                <tr key={`${measure}-${period}`}>
                  <th scope="row">{t(`country.labour.${measure}`)}</th>
                  <td>{period}</td>
                  <td className="numeric">{formatPercent(fb, lang)}</td>
                  <td className="numeric">{formatPercent(nb, lang)}</td>
                  <td className="numeric">
                    {fb !== null && nb !== null ? formatNumber(fb - nb, lang, 1) : '–'}
                  </td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </div>
  );
}
