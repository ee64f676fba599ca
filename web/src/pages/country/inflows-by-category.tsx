// Permanent-type inflows by category of entry (work, family, humanitarian, free movement…),
// stacked by year. Countries that report only the total get the total, and are told so.
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataResponse } from '../../api/types';
import type { Loadable } from '../../api/use-api';
import { SERIES_COLOURS } from '../../charts/chart-palette';
import { EChart } from '../../charts/echart';
import { ApiView, NoDataPanel } from '../../components/status-panel';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

export function InflowsByCategory({ data }: { data: Loadable<DataResponse> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="inflows-title" className="profile-section">
      <h2 id="inflows-title">{t('country.inflows.title')}</h2>
      <ApiView result={data}>{(response) => <InflowsChart response={response} />}</ApiView>
    </section>
  );
}

function InflowsChart({ response }: { response: DataResponse }) {
  const { t } = useTranslation();
  const lang = useLang();
  const categories = response.dimensions.find((d) => d.id === 'MIG_CATEGORY')?.codes ?? [];
  const years = [...new Set(response.observations.map((o) => o.key.TIME_PERIOD ?? ''))].sort();
  const broken = categories.filter((c) => c.id !== '_T');
  const shown = broken.length > 0 ? broken : categories;
  const option = useMemo<EChartsOption>(
    () => ({
      aria: { enabled: true },
      color: SERIES_COLOURS,
      grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
      legend: { type: 'scroll', bottom: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => (typeof v === 'number' ? formatNumber(v, lang, 0) : '–'),
      },
      xAxis: { type: 'category', data: years, axisLabel: { color: '#1a1a1a' } },
      yAxis: {
        type: 'value',
        axisLabel: { color: '#1a1a1a', formatter: (v: number) => formatNumber(v, lang, 0) },
      },
      series: shown.map((category) => ({
        type: 'bar',
        name: category.name,
        stack: 'inflows',
        data: years.map(
          (year) =>
            response.observations.find(
              (o) => o.key.TIME_PERIOD === year && o.key.MIG_CATEGORY === category.id,
            )?.value ?? null,
        ),
      })),
    }),
    [response, years, shown, lang],
  );
  if (response.observations.length === 0) return <NoDataPanel />;
  return (
    <>
      {broken.length === 0 ? <p className="hint">{t('country.inflows.totalOnly')}</p> : null}
      <EChart option={option} label={t('country.inflows.title')} height={320} testId="inflows-chart" />
    </>
  );
}
