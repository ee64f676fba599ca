// A country profile: who the country is in the network, its key figures with their trends,
// where its migrants come from, how they enter, how they fare on the labour market, what it
// has published and from which sources.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { eventsOfTables, usePolicyEvents } from '../../api/policy-events';
import type {
  GroupingEntry,
  MemberState,
  CountryProfile as ProfileAnswer,
  ProfileSeries,
} from '../../api/types';
import { type Loadable, useApi } from '../../api/use-api';
import { toAnnotations } from '../../charts/policy-annotations';
import { FeedLinks } from '../../components/feed-links';
import { SourcesComparability } from '../../components/sources-comparability';
import { ApiView } from '../../components/status-panel';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';
import NotFoundPage from '../not-found-page';
import { CoverageGrid } from './coverage-grid';
import { InflowsByCategory } from './inflows-by-category';
import { KeyIndicatorCard } from './key-indicator-card';
import { LabourOutcomes } from './labour-outcomes';
import { PolicyDevelopments } from './policy-developments';
import { SourcesAndNotes } from './sources-notes';
import { TopOrigins } from './top-origins';
import { useCountryData } from './use-country-data';

type KeySeries = keyof ProfileAnswer['series'];

/** One key series of the server's answer: points, latest figure and change, all computed there. */
function seriesFrom(result: Loadable<ProfileAnswer>, name: KeySeries): ProfileSeries | undefined {
  return result.state === 'ok' ? result.data.series[name] : undefined;
}

export default function CountryPage() {
  const { iso3: raw = '' } = useParams();
  const iso3 = raw.toUpperCase();
  const lang = useLang();
  const members = useApi<{ members: MemberState[] }>(`/api/framework/members?lang=${lang}`);
  return (
    <ApiView result={members}>
      {({ members: list }) => {
        const member = list.find((m) => m.iso3 === iso3);
        return member ? <CountryProfile member={member} /> : <NotFoundPage />;
      }}
    </ApiView>
  );
}

function CountryProfile({ member }: { member: MemberState }) {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(member.name);
  const iso3 = member.iso3;
  const groupings = useApi<{ groupings: GroupingEntry[] }>(`/api/framework/groupings?lang=${lang}`);
  const profile = useApi<ProfileAnswer>(`/api/countries/${iso3}?lang=${lang}`);
  const loading = profile.state === 'loading';
  // The published cells behind the key series, for their sources and notes only.
  const stock = useCountryData('MIG_STOCK_FB', iso3, { COUNTRY_OF_BIRTH: ['_T'], SEX: ['_T'], AGE: ['_T'] });
  const population = useCountryData('POP_CONTEXT', iso3, { COMPONENT: ['POP'] });
  const inflows = useCountryData('MIG_INFLOW_PERM', iso3, {
    CITIZENSHIP: ['_T'],
    SEX: ['_T'],
    MIG_CATEGORY: ['_T'],
  });
  const asylum = useCountryData('MIG_ASYLUM', iso3, {
    CITIZENSHIP: ['_T'],
    SEX: ['_T'],
    ASYLUM_STAGE: ['NEW_APP'],
  });
  const origins = useCountryData('MIG_STOCK_FB', iso3, { SEX: ['_T'], AGE: ['_T'] });
  const categories = useCountryData('MIG_INFLOW_PERM', iso3, { CITIZENSHIP: ['_T'], SEX: ['_T'] });
  const labour = useCountryData('LAB_STATUS', iso3, {
    BIRTHPLACE: ['FB', 'NB'],
    SEX: ['_T'],
    AGE: ['_T'],
    EDUCATION: ['_T'],
  });
  const policyEvents = usePolicyEvents(iso3);
  const markers = useMemo(
    () => ({
      stock: toAnnotations(eventsOfTables(policyEvents, ['MIG_STOCK_FB'])),
      inflows: toAnnotations(eventsOfTables(policyEvents, ['MIG_INFLOW_PERM'])),
      asylum: toAnnotations(eventsOfTables(policyEvents, ['MIG_ASYLUM'])),
    }),
    [policyEvents],
  );
  const groupNames = new Map(
    groupings.state === 'ok' ? groupings.data.groupings.map((g) => [g.id, g.name]) : [],
  );
  const whole = (v: number) => formatNumber(v, lang, 0);

  return (
    <div className="page country-profile" data-testid="country-profile">
      <header className="profile-header">
        <p className="breadcrumb">
          <LocalLink to="/countries">{t('nav.countries')}</LocalLink> / {iso3}
        </p>
        <h1>{member.name}</h1>
        <ul className="chip-list">
          {member.phase ? (
            <li className="chip chip--data">{t('countries.phase', { phase: member.phase })}</li>
          ) : null}
          {member.membership && member.membership !== 'member' ? (
            <li className="chip">{t(`country.membership.${member.membership}`)}</li>
          ) : null}
          {member.groupings.map((g) => (
            <li key={g} className="chip">
              {groupNames.get(g) ?? g}
            </li>
          ))}
        </ul>
        <p className="report-links" data-testid="country-report-links">
          {t('country.report.title')}:{' '}
          <LocalLink to={`/reports/${iso3}`}>{t('country.report.html')}</LocalLink>
          {' · '}
          <a href={`/api/reports/country/${iso3}/pdf?lang=${lang}`}>{t('country.report.pdf')}</a>
        </p>
      </header>

      <section aria-labelledby="key-figures-title">
        <h2 id="key-figures-title">{t('country.keyFigures')}</h2>
        <div className="headline-grid">
          <KeyIndicatorCard
            testId="key-stock"
            title={t('home.headlines.stock')}
            series={seriesFrom(profile, 'stock')}
            loading={loading}
            annotations={markers.stock}
            formatValue={whole}
            link={`/explore?table=MIG_STOCK_FB&REF_AREA=${iso3}&COUNTRY_OF_BIRTH=_T&SEX=_T&AGE=_T&view=chart`}
          />
          <KeyIndicatorCard
            testId="key-share"
            title={t('home.headlines.share')}
            series={seriesFrom(profile, 'share')}
            loading={loading}
            formatValue={(v) => formatPercent(v, lang)}
          />
          <KeyIndicatorCard
            testId="key-inflows"
            title={t('home.headlines.inflows')}
            series={seriesFrom(profile, 'inflows')}
            loading={loading}
            annotations={markers.inflows}
            formatValue={whole}
            link={`/explore?table=MIG_INFLOW_PERM&REF_AREA=${iso3}&CITIZENSHIP=_T&SEX=_T&MIG_CATEGORY=_T&view=chart`}
          />
          <KeyIndicatorCard
            testId="key-asylum"
            title={t('home.headlines.asylum')}
            series={seriesFrom(profile, 'asylum')}
            loading={loading}
            annotations={markers.asylum}
            formatValue={whole}
            link={`/explore?table=MIG_ASYLUM&REF_AREA=${iso3}&CITIZENSHIP=_T&SEX=_T&ASYLUM_STAGE=NEW_APP&view=chart`}
          />
        </div>
      </section>

      <div className="profile-columns">
        <TopOrigins data={origins} />
        <InflowsByCategory data={categories} />
      </div>
      <LabourOutcomes data={labour} />
      <CoverageGrid iso3={iso3} />
      <PolicyDevelopments events={policyEvents} />
      <SourcesAndNotes responses={[stock, population, inflows, asylum, labour]} />
      <SourcesComparability country={iso3} />
      <FeedLinks country={iso3} countryName={member.name} />
    </div>
  );
}
