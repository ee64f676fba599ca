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
  const noFigure = t('home.headlines.noFigure');

  return (
    <div className="headline-grid">
      <HeadlineCard
        testId="headline-stock"
        label={t('home.headlines.stock')}
        value={stockHeadline ? formatCompact(stockHeadline.total, lang) : noFigure}
        detail={
          stockHeadline
            ? t('home.headlines.coverage', { period: stockHeadline.period, count: stockHeadline.countries })
            : t('common.noDataYet')
        }
        link="/explore?table=MIG_STOCK_FB"
        linkText={t('home.headlines.explore')}
      />
      <HeadlineCard
        testId="headline-share"
        label={t('home.headlines.share')}
        value={share ? formatPercent(share.share, lang) : noFigure}
        detail={
          share && stockHeadline
            ? t('home.headlines.coverage', { period: stockHeadline.period, count: share.countries })
            : t('common.noDataYet')
        }
        link="/indicators/FB_SHARE"
        linkText={t('home.headlines.indicator')}
      />
      <HeadlineCard
        testId="headline-inflows"
        label={t('home.headlines.inflows')}
        value={inflowHeadline ? formatCompact(inflowHeadline.total, lang) : noFigure}
        detail={
          inflowHeadline
            ? t('home.headlines.coverage', { period: inflowHeadline.period, count: inflowHeadline.countries })
            : t('common.noDataYet')
        }
        link="/explore?table=MIG_INFLOW_PERM"
        linkText={t('home.headlines.explore')}
      />
      <HeadlineCard
        testId="headline-asylum"
        label={t('home.headlines.asylum')}
        value={asylumHeadline ? formatCompact(asylumHeadline.total, lang) : noFigure}
        detail={
          asylumHeadline
            ? t('home.headlines.coverage', { period: asylumHeadline.period, count: asylumHeadline.countries })
            : t('common.noDataYet')
        }
        link="/explore?table=MIG_ASYLUM"
        linkText={t('home.headlines.explore')}
      />
    </div>
  );
}
