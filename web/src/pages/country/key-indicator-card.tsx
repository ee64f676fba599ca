// One key figure of a country: the latest value, its year, the change from the previous
// figure, and the trend, with a link to the full series in the explorer.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatedValue } from '../../api/observations';
import { ChartAnnotationList } from '../../charts/chart-annotation-list';
import { type ChartAnnotation, placeAnnotations } from '../../charts/chart-annotations';
import { LoadingPanel } from '../../components/status-panel';
import { formatPercent } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { Sparkline } from './sparkline';

export function KeyIndicatorCard({
  title,
  series,
  loading,
  formatValue,
  link,
  testId,
  annotations,
}: {
  title: string;
  series: readonly DatedValue[];
  loading: boolean;
  formatValue: (value: number) => string;
  link?: string;
  testId?: string;
  /** Policy events of the series' table, marked on the trend. */
  annotations?: readonly ChartAnnotation[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const latest = series[series.length - 1];
  const previous = series[series.length - 2];
  const placed = useMemo(
    () =>
      placeAnnotations(
        annotations ?? [],
        series.map((p) => p.period),
      ),
    [annotations, series],
  );
  const change =
    latest && previous && previous.value !== 0
      ? ((latest.value - previous.value) / previous.value) * 100
      : null;
  return (
    <article className="headline-card key-indicator" data-testid={testId}>
      <h3 className="headline-card__label">{title}</h3>
      {loading ? (
        <LoadingPanel />
      ) : latest ? (
        <>
          <p className="headline-card__value">{formatValue(latest.value)}</p>
          <p className="headline-card__detail">
            {latest.period}
            {change !== null && previous
              ? ` · ${t('country.changeSince', { change: `${change > 0 ? '+' : ''}${formatPercent(change, lang)}`, period: previous.period })}`
              : ''}
          </p>
          {series.length > 1 ? (
            <Sparkline series={series} label={t('country.trendOf', { title })} annotations={placed} />
          ) : null}
          <ChartAnnotationList placed={placed} />
          {link ? (
            <LocalLink className="headline-card__link" to={link}>
              {t('country.seeSeries')}
            </LocalLink>
          ) : null}
        </>
      ) : (
        <p className="headline-card__detail">{t('common.noDataYet')}</p>
      )}
    </article>
  );
}
