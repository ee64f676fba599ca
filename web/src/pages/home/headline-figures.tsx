// Four headline figures of the latest releases: foreign-born population, its share of the
// population, permanent-type inflows and new asylum applications, each with its year and the
// number of countries it covers.
import { useTranslation } from 'react-i18next';
import type { DataResponse } from '../../api/types';
import type { Loadable } from '../../api/use-api';
import { LoadingPanel } from '../../components/status-panel';
import { formatCompact, formatPercent } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { computeHeadline, computeShare } from './headline';
import { HeadlineCard } from './headline-card';

function observationsOf(result: Loadable<DataResponse>) {
  return result.state === 'ok' ? result.data.observations : [];
}

export function HeadlineFigures({
  stock,
  population,
  inflows,
  asylum,
}: {
  stock: Loadable<DataResponse>;
  population: Loadable<DataResponse>;
  inflows: Loadable<DataResponse>;
  asylum: Loadable<DataResponse>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if ([stock, inflows, asylum].some((r) => r.state === 'loading')) return <LoadingPanel />;

  const stockHeadline = computeHeadline(observationsOf(stock));
  const inflowHeadline = computeHeadline(observationsOf(inflows));
  const asylumHeadline = computeHeadline(observationsOf(asylum));
  const share = stockHeadline
    ? computeShare(observationsOf(stock), observationsOf(population), stockHeadline.period)
    : null;
  // A figure's value and its line "year · N countries", or the no-data texts.
  const shown = (
    figure: { value: number; period: string; countries: number } | null,
    format: 'count' | 'share',
  ) =>
    figure
      ? {
          value: format === 'share' ? formatPercent(figure.value, lang) : formatCompact(figure.value, lang),
          detail: t('home.headlines.coverage', { period: figure.period, count: figure.countries }),
        }
      : { value: t('home.headlines.noFigure'), detail: t('common.noDataYet') };
  const total = (h: ReturnType<typeof computeHeadline>) => (h ? { ...h, value: h.total } : null);

  return (
    <div className="headline-grid">
      <HeadlineCard
        testId="headline-stock"
        label={t('home.headlines.stock')}
        {...shown(total(stockHeadline), 'count')}
        link="/explore?table=MIG_STOCK_FB"
        linkText={t('home.headlines.explore')}
      />
      <HeadlineCard
        testId="headline-share"
        label={t('home.headlines.share')}
        {...shown(
          share && stockHeadline
            ? { value: share.share, period: stockHeadline.period, countries: share.countries }
            : null,
          'share',
        )}
        link="/indicators/FB_SHARE"
        linkText={t('home.headlines.indicator')}
      />
      <HeadlineCard
        testId="headline-inflows"
        label={t('home.headlines.inflows')}
        {...shown(total(inflowHeadline), 'count')}
        link="/explore?table=MIG_INFLOW_PERM"
        linkText={t('home.headlines.explore')}
      />
      <HeadlineCard
        testId="headline-asylum"
        label={t('home.headlines.asylum')}
        {...shown(total(asylumHeadline), 'count')}
        link="/explore?table=MIG_ASYLUM"
        linkText={t('home.headlines.explore')}
      />
    </div>
  );
}
