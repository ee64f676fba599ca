// The home page: what SICREMI is, the region's headline figures, the map, the phases of the
// network and the latest releases.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { commonLatestPeriod, latestByCountry } from '../../api/observations';
import type { DataObservation } from '../../api/types';
import { FeedLinks } from '../../components/feed-links';
import { ApiView, NoDataPanel } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';
import { HeadlineFigures } from './headline-figures';
import { HomeMap } from './home-map';
import { LatestReleases } from './latest-releases';
import { PhaseCoverage } from './phase-coverage';
import { useHomeData } from './use-home-data';

const NO_OBSERVATIONS: DataObservation[] = [];

export default function HomePage() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('home.title'));
  const { members, stock, population, inflows, asylum } = useHomeData(lang);
  const stockObservations = stock.state === 'ok' ? stock.data.observations : NO_OBSERVATIONS;
  const populationObservations = population.state === 'ok' ? population.data.observations : NO_OBSERVATIONS;
  const latest = useMemo(() => latestByCountry(stockObservations), [stockObservations]);
  const period = commonLatestPeriod(latest)?.period;
  const withData = useMemo(() => new Set(latest.keys()), [latest]);

  return (
    <div className="page page--home">
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="hero__lead">{t('home.lead')}</p>
        <p className="hero__actions">
          <LocalLink className="button button--primary" to="/explore">
            {t('home.exploreData')}
          </LocalLink>
          <LocalLink className="button" to="/countries">
            {t('home.browseCountries')}
          </LocalLink>
        </p>
      </section>

      <section aria-labelledby="headlines-title">
        <h2 id="headlines-title">{t('home.headlines.title')}</h2>
        <HeadlineFigures stock={stock} population={population} inflows={inflows} asylum={asylum} />
      </section>

      <ApiView result={members}>
        {({ members: list }) => (
          <>
            {period ? (
              <HomeMap
                members={list}
                stock={stockObservations}
                population={populationObservations}
                period={period}
              />
            ) : stock.state !== 'loading' ? (
              <section aria-labelledby="home-map-empty">
                <h2 id="home-map-empty">{t('home.map.titleNoData')}</h2>
                <NoDataPanel />
              </section>
            ) : null}
            <PhaseCoverage members={list} withData={withData} />
          </>
        )}
      </ApiView>

      <LatestReleases />
      <FeedLinks />
    </div>
  );
}
