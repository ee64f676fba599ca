// Where the foreign-born population comes from: the ten largest countries of birth in the
// latest year, as bars, with each one's share of the total.
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataResponse } from '../../api/types';
import type { Loadable } from '../../api/use-api';
import { EChart } from '../../charts/echart';
import { ApiView, NoDataPanel } from '../../components/status-panel';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

const NOT_A_COUNTRY = new Set(['_T', '_U', 'OTH', 'XXA']);

export function TopOrigins({ data }: { data: Loadable<DataResponse> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="top-origins-title" className="profile-section">
      <h2 id="top-origins-title">{t('country.origins.title')}</h2>
      <ApiView result={data}>{(response) => <OriginsChart response={response} />}</ApiView>
    </section>
  );
}

function OriginsChart({ response }: { response: DataResponse }) {
  const { t } = useTranslation();
  const lang = useLang();
  const names = new Map(
    response.dimensions.find((d) => d.id === 'COUNTRY_OF_BIRTH')?.codes.map((c) => [c.id, c.name]),
  );
  const { period, top, total } = useMemo(() => {
    const periods = [
      ...new Set(
        response.observations
          .filter((o) => !NOT_A_COUNTRY.has(o.key.COUNTRY_OF_BIRTH ?? '_T') && o.value !== null)
          .map((o) => o.key.TIME_PERIOD ?? ''),
      ),
    ].sort();
    const latest = periods[periods.length - 1];
    const inLatest = response.observations.filter((o) => o.key.TIME_PERIOD === latest && o.value !== null);
    const totalValue = inLatest.find((o) => o.key.COUNTRY_OF_BIRTH === '_T')?.value ?? null;
    const ranked = inLatest
      .filter((o) => !NOT_A_COUNTRY.has(o.key.COUNTRY_OF_BIRTH ?? '_T'))
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
      .slice(0, 10);
    return { period: latest, top: ranked, total: totalValue };
  }, [response]);

  const option = useMemo<EChartsOption>(
    () => ({
      aria: { enabled: true },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v) => formatNumber(v as number, lang, 0) },
      xAxis: {
        type: 'value',
        axisLabel: {
          color: '#1a1a1a',
          hideOverlap: true,
          formatter: (v: number) => formatNumber(v, lang, 0),
        },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: top.map((o) => names.get(o.key.COUNTRY_OF_BIRTH ?? '') ?? o.key.COUNTRY_OF_BIRTH ?? ''),
        axisLabel: { color: '#1a1a1a' },
      },
      series: [{ type: 'bar', data: top.map((o) => o.value), itemStyle: { color: '#0b62a4' } }],
    }),
    [top, names, lang],
  );

  if (!period || top.length === 0) return <NoDataPanel>{t('country.origins.none')}</NoDataPanel>;
  return (
    <>
      <p className="hint">{t('country.origins.hint', { period })}</p>
      <EChart
        option={option}
        label={t('country.origins.title')}
        height={Math.max(220, top.length * 30)}
        testId="origins-chart"
      />
      <table className="data-table compact-table">
        <caption className="visually-hidden">{t('country.origins.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('country.origins.country')}</th>
            <th scope="col" className="numeric">
              {t('common.value')}
            </th>
            <th scope="col" className="numeric">
              {t('country.origins.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {top.map((o) => (
            <tr key={o.key.COUNTRY_OF_BIRTH}>
              <th scope="row">{names.get(o.key.COUNTRY_OF_BIRTH ?? '') ?? o.key.COUNTRY_OF_BIRTH}</th>
              <td className="numeric">{formatNumber(o.value, lang, 0)}</td>
              <td className="numeric">{total ? formatPercent(((o.value ?? 0) / total) * 100, lang) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
