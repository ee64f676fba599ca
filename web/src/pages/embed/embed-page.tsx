// /embed/{view}?{state} — one chart without the portal's chrome, for other sites' <iframe>s (the
// server lets any site frame this route, and only this one): the explorer's chart of a query
// (`explore`, the explorer's own address parameters) or an indicator's ranking (`indicator`,
// `id`, `year`, `sex`, `breakdown`), always with its title, source, citation and a link back.
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { dataApiPath } from '../../api/data-query';
import type { DataResponse, IndicatorDefinition, MemberState, TableDescription } from '../../api/types';
import { useApi } from '../../api/use-api';
import { EChart } from '../../charts/echart';
import { ApiView, NoDataPanel } from '../../components/status-panel';
import { formatCompact, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { usePageTitle } from '../../layout/use-page-title';
import { buildChartOption } from '../explore/build-chart-option';
import { parseExploreState, toDataQuery } from '../explore/explore-state';
import { describeFixed, describeSources, describeUnit } from '../explore/view-caption';
import { formatIndicator } from '../indicators/format-indicator';
import { RankedBars } from '../indicators/indicator-page';
import { readIndicatorValues } from '../indicators/indicator-values';

const EMBED_LIMIT = 20000;

export default function EmbedPage() {
  const { view = '' } = useParams();
  const { t } = useTranslation();
  if (view === 'explore') return <ExploreEmbed />;
  if (view === 'indicator') return <IndicatorEmbed />;
  return (
    <EmbedFrame title="SICREMI" source="" citation="" link="/">
      {t('travel.embed.unknownView')}
    </EmbedFrame>
  );
}

function EmbedFrame({
  title,
  subtitle,
  source,
  citation,
  link,
  children,
}: {
  title: string;
  subtitle?: string;
  source: string;
  citation: string;
  link: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <main className="embed" data-testid="embed-page">
      <h1 className="embed__title">{title}</h1>
      {subtitle ? <p className="embed__subtitle">{subtitle}</p> : null}
      <div className="embed__chart">{children}</div>
      <footer className="embed__footer">
        {source ? (
          <p data-testid="embed-source">
            {t('travel.embed.source')}: {source}
          </p>
        ) : null}
        {citation ? (
          <p data-testid="embed-citation">
            {t('travel.embed.citation')}: {citation}
          </p>
        ) : null}
        <p>
          <a href={link} target="_blank" rel="noopener" data-testid="embed-link">
            {t('travel.embed.viewInSicremi')}
          </a>
        </p>
      </footer>
    </main>
  );
}

function citationOf(title: string, releases: readonly { id: number | string }[], link: string): string {
  const year = new Date().getFullYear();
  const ids = releases.map((r) => r.id).join(', ');
  return `Organization of American States (${year}). SICREMI — ${title}${ids ? `, releases ${ids}` : ''}. ${link}`;
}

function ExploreEmbed() {
  const [params] = useSearchParams();
  const lang = useLang();
  const state = useMemo(() => parseExploreState(params), [params]);
  const table = state.table ?? '';
  const description = useApi<{ table: TableDescription }>(`/api/framework/tables/${table}?lang=${lang}`);
  return (
    <ApiView result={description}>
      {({ table: definition }) => <ExploreEmbedChart description={definition} params={params} />}
    </ApiView>
  );
}

function ExploreEmbedChart({
  description,
  params,
}: {
  description: TableDescription;
  params: URLSearchParams;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const state = parseExploreState(params);
  const query = toDataQuery(
    state,
    description.dimensionDetails.map((d) => d.id),
  );
  const data = useApi<DataResponse>(dataApiPath({ ...query, limit: EMBED_LIMIT }, lang));
  const back = new URLSearchParams(params);
  back.set('view', 'chart');
  const link = `${window.location.origin}/explore?${back.toString()}`;
  return (
    <ApiView result={data}>
      {(response) => {
        const fixed = describeFixed(
          response.dimensions.flatMap((d) =>
            d.codes.length === 1 ? [{ name: d.name, codeName: d.codes[0]?.name ?? '' }] : [],
          ),
        );
        const unit = describeUnit(description.unitMultiplier, description.unit, t);
        const subtitle = [fixed, unit].filter(Boolean).join(' — ');
        const build = buildChartOption(
          response,
          state.chart,
          (v) => formatNumber(v, lang, 2),
          (v) => (Math.abs(v) >= 10000 ? formatCompact(v, lang) : formatNumber(v, lang, 2)),
        );
        return (
          <EmbedFrame
            title={description.name}
            subtitle={subtitle}
            source={describeSources(response, lang, t)}
            citation={citationOf(description.name, response.releases, link)}
            link={link}
          >
            {response.observations.length === 0 ? (
              <NoDataPanel title={t('explore.noMatch')}>{t('explore.noMatchDetail')}</NoDataPanel>
            ) : (
              <EChart
                option={build.option}
                label={`${description.name}. ${subtitle}`}
                height="50vh"
                testId="embed-chart"
              />
            )}
          </EmbedFrame>
        );
      }}
    </ApiView>
  );
}

function IndicatorEmbed() {
  const [params] = useSearchParams();
  const lang = useLang();
  const id = (params.get('id') ?? '').toUpperCase();
  const sex = params.get('sex') ?? '_T';
  const definitions = useApi<{ indicators: IndicatorDefinition[] }>(`/api/framework/indicators?lang=${lang}`);
  const values = useApi<unknown>(`/api/indicators/${id}?sex=${sex}&lang=${lang}`);
  const members = useApi<{ members: MemberState[] }>(`/api/framework/members?lang=${lang}`);
  return (
    <ApiView result={definitions}>
      {({ indicators }) => (
        <ApiView result={values}>
          {(body) => (
            <ApiView result={members}>
              {({ members: list }) => {
                const definition = indicators.find((i) => i.id === id);
                if (!definition) return <EmbedPage404 />;
                return (
                  <IndicatorEmbedChart definition={definition} body={body} members={list} params={params} />
                );
              }}
            </ApiView>
          )}
        </ApiView>
      )}
    </ApiView>
  );
}

function EmbedPage404() {
  const { t } = useTranslation();
  return (
    <EmbedFrame title="SICREMI" source="" citation="" link="/">
      {t('travel.embed.unknownView')}
    </EmbedFrame>
  );
}

function IndicatorEmbedChart({
  definition,
  body,
  members,
  params,
}: {
  definition: IndicatorDefinition;
  body: unknown;
  members: MemberState[];
  params: URLSearchParams;
}) {
  const lang = useLang();
  const { values } = readIndicatorValues(body);
  const names = new Map(members.map((m) => [m.iso3, m.name]));
  const sex = params.get('sex') ?? '_T';
  const breakdowns = [...new Set(values.map((v) => v.breakdown))].sort();
  const breakdown = params.get('breakdown') ?? breakdowns[0] ?? '';
  const mine = values.filter(
    (v) => names.has(v.country) && (v.sex === sex || v.sex === '') && v.breakdown === breakdown,
  );
  const years = [...new Set(mine.map((v) => v.period))].sort();
  const year = params.get('year') && years.includes(params.get('year')!) ? params.get('year')! : years.at(-1);
  const inYear = mine
    .filter((v) => v.period === year && v.value !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const title = `${definition.name}${year ? `, ${year}` : ''}`;
  const back = new URLSearchParams(params);
  back.delete('id');
  const link = `${window.location.origin}/indicators/${definition.id}?${back.toString()}`;
  return (
    <EmbedFrame
      title={title}
      subtitle={definition.formula}
      source="SICREMI, Organization of American States (OAS)"
      citation={citationOf(title, [], link)}
      link={link}
    >
      <RankedBars
        values={inYear}
        names={names}
        format={(v) => formatIndicator(v, definition.unit, lang)}
        label={title}
      />
    </EmbedFrame>
  );
}
