// One key figure of a country: the latest value with its flags, its year, the change from the
// previous comparable figure as the server's engine gives it (FRAMEWORK §7, §9) — flagged and
// without a sign-word when an input is estimated, partial, provisional or differently defined,
// or replaced by why there is none (another source, edition or a break) — and the trend, with
// breaks marked, and a link to the full series in the explorer. Nothing is computed here.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSeries } from '../../api/types';
import { ChartAnnotationList } from '../../charts/chart-annotation-list';
import { type ChartAnnotation, placeAnnotations } from '../../charts/chart-annotations';
import { LoadingPanel } from '../../components/status-panel';
import { formatPercent } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { Sparkline } from './sparkline';

function flagsText(flags: readonly string[]): string {
  return flags.length > 0 ? ` ${flags.join('').toLowerCase()}` : '';
}

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
  series: ProfileSeries | undefined;
  loading: boolean;
  formatValue: (value: number) => string;
  link?: string;
  testId?: string;
  /** Policy events of the series' table, marked on the trend. */
  annotations?: readonly ChartAnnotation[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const latest = series?.latest;
  const change = series?.change;
  const points = useMemo(() => (series?.points ?? []).filter((p) => p.value !== null), [series]);
  const placed = useMemo(
    () =>
      placeAnnotations(
        annotations ?? [],
        points.map((p) => p.year),
      ),
    [annotations, points],
  );
  // Where the series mixes editions of its source, say which one the latest figure is from.
  const editions = new Set(points.map((p) => p.editionTitle).filter(Boolean));
  let changeText = '';
  if (change?.absent) {
    changeText = t(`country.changeAbsent.${change.absent}`, { period: change.from });
  } else if (change && change.value !== null) {
    const formatted = `${change.value > 0 ? '+' : ''}${formatPercent(change.value, lang)}${flagsText(change.flags)}`;
    changeText = change.directional
      ? t('country.changeSince', { change: formatted, period: change.from })
      : t('country.changeFlagged', { change: formatted, period: change.from });
  }
  return (
    <article className="headline-card key-indicator" data-testid={testId}>
      <h3 className="headline-card__label">{title}</h3>
      {loading ? (
        <LoadingPanel />
      ) : latest && latest.value !== null ? (
        <>
          <p className="headline-card__value">
            {formatValue(latest.value)}
            {flagsText(latest.flags)}
          </p>
          <p className="headline-card__detail" data-testid={testId ? `${testId}-change` : undefined}>
            {latest.year}
            {changeText ? ` · ${changeText}` : ''}
          </p>
          {editions.size > 1 && latest.editionTitle ? (
            <p className="headline-card__detail" data-testid={testId ? `${testId}-edition` : undefined}>
              {t('country.edition', { edition: latest.editionTitle })}
            </p>
          ) : null}
          {points.length > 1 ? (
            <Sparkline points={points} label={t('country.trendOf', { title })} annotations={placed} />
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
