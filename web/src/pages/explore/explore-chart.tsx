// The chart view: line, bar or stacked bars of the current selection, and its download as PNG
// or SVG with title, selection, source and notes drawn in.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataResponse } from '../../api/types';
import { ChartAnnotationList } from '../../charts/chart-annotation-list';
import { annotateOption, type ChartAnnotation, placeAnnotations } from '../../charts/chart-annotations';
import { EChart } from '../../charts/echart';
import { exportChartPng, exportChartSvg } from '../../charts/export-chart';
import { formatCompact, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { buildChartOption, MAX_SERIES } from './build-chart-option';
import { CHART_TYPES, type ChartType } from './explore-state';

const NO_ANNOTATIONS: readonly ChartAnnotation[] = [];

export function ExploreChart({
  response,
  chartType,
  onChartType,
  title,
  subtitle,
  source,
  notes,
  annotations = NO_ANNOTATIONS,
}: {
  response: DataResponse;
  chartType: ChartType;
  onChartType: (type: ChartType) => void;
  title: string;
  subtitle: string;
  source: string;
  notes: string[];
  /** Policy events marked on the time axis (issue 21). */
  annotations?: readonly ChartAnnotation[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [exporting, setExporting] = useState(false);
  const build = useMemo(
    () =>
      buildChartOption(
        response,
        chartType,
        (v) => formatNumber(v, lang, 2),
        (v) => (Math.abs(v) >= 10000 ? formatCompact(v, lang) : formatNumber(v, lang, 2)),
      ),
    [response, chartType, lang],
  );
  const placed = useMemo(() => {
    const axis = build.option.xAxis as { data?: unknown[] } | undefined;
    return placeAnnotations(annotations, (axis?.data ?? []).map(String));
  }, [annotations, build]);
  const option = useMemo(() => annotateOption(build.option, placed), [build, placed]);
  const fileName = `sicremi-${response.table.id.toLowerCase()}`;
  const caption = { title, subtitle, source, notes };

  async function download(format: 'png' | 'svg') {
    setExporting(true);
    try {
      if (format === 'png') await exportChartPng(option, caption, fileName);
      else await exportChartSvg(option, caption, fileName);
    } finally {
      setExporting(false);
    }
  }

  return (
    <section className="explore-chart" aria-label={t('explore.views.chart')}>
      <div className="toolbar">
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('explore.chart.type')}</legend>
          {CHART_TYPES.map((type) => (
            <label key={type} className={chartType === type ? 'is-selected' : ''}>
              <input
                type="radio"
                name="chart-type"
                value={type}
                checked={chartType === type}
                onChange={() => onChartType(type)}
              />
              {t(`explore.chart.${type}`)}
            </label>
          ))}
        </fieldset>
        <div className="toolbar__group">
          <button
            type="button"
            className="button button--small"
            disabled={exporting}
            onClick={() => download('png')}
          >
            {t('explore.chart.downloadPng')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={exporting}
            onClick={() => download('svg')}
          >
            {t('explore.chart.downloadSvg')}
          </button>
        </div>
      </div>
      {build.seriesCount > MAX_SERIES ? (
        <p className="notice" role="status">
          {t('explore.chart.tooManySeries', { shown: build.shownSeries, count: build.seriesCount })}
        </p>
      ) : null}
      <EChart option={option} label={`${title}. ${subtitle}`} height={440} testId="explore-chart" />
      <ChartAnnotationList placed={placed} />
    </section>
  );
}
