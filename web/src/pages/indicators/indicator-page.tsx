// One indicator across countries and years: its definition, then a ranked bar chart, a map
// and a table for the chosen year (and sex), with regional aggregates that say how many
// countries they cover. Values come from /api/indicators, computed there from published data.
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { IndicatorDefinition, MemberState } from '../../api/types';
import { useApi } from '../../api/use-api';
import { EChart } from '../../charts/echart';
import { EmbedButton } from '../../components/embed-button';
import { ApiView, NoDataPanel } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink, localizePath } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';
import { AmericasMap } from '../../map/americas-map';
import NotFoundPage from '../not-found-page';
import { formatIndicator } from './format-indicator';
import { type IndicatorAggregate, type IndicatorValue, readIndicatorValues } from './indicator-values';

export default function IndicatorPage() {
  const { id = '' } = useParams();
  const lang = useLang();
  const definitions = useApi<{ indicators: IndicatorDefinition[] }>(`/api/framework/indicators?lang=${lang}`);
  return (
    <ApiView result={definitions}>
      {({ indicators }) => {
        const definition = indicators.find((i) => i.id === id.toUpperCase());
        return definition ? <IndicatorView definition={definition} /> : <NotFoundPage />;
      }}
    </ApiView>
  );
}

function IndicatorView({ definition }: { definition: IndicatorDefinition }) {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(definition.name);
  const [params, setParams] = useSearchParams();
  const sex = params.get('sex') ?? '_T';
  const values = useApi<unknown>(`/api/indicators/${definition.id}?sex=${sex}&lang=${lang}`);
  const members = useApi<{ members: MemberState[] }>(`/api/framework/members?lang=${lang}`);

  return (
    <div className="page" data-testid="indicator-page">
      <p className="breadcrumb">
        <LocalLink to="/indicators">{t('nav.indicators')}</LocalLink> / {definition.id}
      </p>
      <h1>{definition.name}</h1>
      <dl className="definition-list">
        <dt>{t('indicators.formula')}</dt>
        <dd>{definition.formula}</dd>
        <dt>{t('indicators.unitLabel')}</dt>
        <dd>{t(`indicators.unit.${definition.unit}`)}</dd>
        {definition.notes ? (
          <>
            <dt>{t('common.notes')}</dt>
            <dd>{definition.notes}</dd>
          </>
        ) : null}
        <dt>{t('indicators.inputs')}</dt>
        <dd>
          {definition.inputs.map((table, index) => (
            <span key={table}>
              {index > 0 ? ', ' : ''}
              <LocalLink to={`/explore?table=${table}`}>{table}</LocalLink>
            </span>
          ))}
        </dd>
      </dl>
      <EmbedButton
        path={`/embed/indicator?${embedParams(definition.id, params, lang)}`}
        title={definition.name}
      />
      <ApiView result={values} unavailable={<NoDataPanel>{t('indicators.apiUnavailable')}</NoDataPanel>}>
        {(body) => (
          <ApiView result={members}>
            {({ members: list }) => (
              <IndicatorResults
                definition={definition}
                body={body}
                members={list}
                year={params.get('year')}
                sex={sex}
                breakdown={params.get('breakdown')}
                onBreakdown={(value) => {
                  const next = new URLSearchParams(params);
                  next.set('breakdown', value);
                  setParams(next, { replace: true, flushSync: true });
                }}
                onYear={(year) => {
                  const next = new URLSearchParams(params);
                  next.set('year', year);
                  setParams(next, { replace: true, flushSync: true });
                }}
                onSex={(value) => {
                  const next = new URLSearchParams(params);
                  next.set('sex', value);
                  setParams(next, { replace: true, flushSync: true });
                }}
              />
            )}
          </ApiView>
        )}
      </ApiView>
    </div>
  );
}

function embedParams(id: string, params: URLSearchParams, lang: string): string {
  const out = new URLSearchParams(params);
  out.set('id', id);
  out.set('lang', lang);
  return out.toString();
}

function IndicatorResults({
  definition,
  body,
  members,
  year,
  sex,
  breakdown,
  onYear,
  onSex,
  onBreakdown,
}: {
  definition: IndicatorDefinition;
  body: unknown;
  members: MemberState[];
  year: string | null;
  sex: string;
  breakdown: string | null;
  onYear: (year: string) => void;
  onSex: (sex: string) => void;
  onBreakdown: (breakdown: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { values, aggregates } = useMemo(() => readIndicatorValues(body), [body]);
  const names = new Map(members.map((m) => [m.iso3, m.name]));
  const breakdowns = [...new Set(values.map((v) => v.breakdown))].sort();
  const chosenBreakdown =
    breakdown !== null && breakdowns.includes(breakdown) ? breakdown : (breakdowns[0] ?? '');
  const memberValues = values.filter(
    (v) => names.has(v.country) && (v.sex === sex || v.sex === '') && v.breakdown === chosenBreakdown,
  );
  const years = [...new Set(memberValues.map((v) => v.period))].sort();
  const chosenYear = year && years.includes(year) ? year : years[years.length - 1];
  const inYear = memberValues
    .filter((v) => v.period === chosenYear && v.value !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const format = (v: number | null) => formatIndicator(v, definition.unit, lang);

  if (years.length === 0) return <NoDataPanel>{t('indicators.noValues')}</NoDataPanel>;
  return (
    <>
      <div className="toolbar">
        <div className="field field--inline">
          <label htmlFor="indicator-year">{t('common.year')}</label>
          <select id="indicator-year" value={chosenYear} onChange={(event) => onYear(event.target.value)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor="indicator-sex">{t('indicators.sex')}</label>
          <select id="indicator-sex" value={sex} onChange={(event) => onSex(event.target.value)}>
            <option value="_T">{t('indicators.sexTotal')}</option>
            <option value="F">{t('indicators.sexFemale')}</option>
            <option value="M">{t('indicators.sexMale')}</option>
          </select>
        </div>
        {breakdowns.length > 1 ? (
          <div className="field field--inline">
            <label htmlFor="indicator-breakdown">{t('indicators.breakdown')}</label>
            <select
              id="indicator-breakdown"
              value={chosenBreakdown}
              onChange={(event) => onBreakdown(event.target.value)}
            >
              {breakdowns.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <div className="profile-columns">
        <section aria-labelledby="ranking-title">
          <h2 id="ranking-title">{t('indicators.ranking', { year: chosenYear })}</h2>
          <RankedBars
            values={inYear}
            names={names}
            format={format}
            label={`${definition.name}, ${chosenYear}`}
          />
        </section>
        <section aria-labelledby="indicator-map-title">
          <h2 id="indicator-map-title">{t('indicators.map', { year: chosenYear })}</h2>
          <AmericasMap
            members={members}
            values={new Map(inYear.map((v) => [v.country, v.value ?? 0]))}
            formatValue={(v) => format(v)}
            label={`${definition.name}, ${chosenYear}`}
            height={440}
            onSelect={(iso3) => navigate(localizePath(`/countries/${iso3}`, lang))}
          />
        </section>
      </div>
      <Aggregates
        aggregates={aggregates.filter((a) => !a.period || a.period === chosenYear)}
        format={format}
      />
      <ValuesTable
        values={inYear}
        names={names}
        format={format}
        caption={`${definition.name}, ${chosenYear}`}
      />
    </>
  );
}

export function RankedBars({
  values,
  names,
  format,
  label,
}: {
  values: IndicatorValue[];
  names: Map<string, string>;
  format: (v: number | null) => string;
  label: string;
}) {
  const option = useMemo<EChartsOption>(
    () => ({
      aria: { enabled: true },
      grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v) => format(typeof v === 'number' ? v : null) },
      xAxis: { type: 'value', axisLabel: { color: '#1a1a1a', formatter: (v: number) => format(v) } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: values.map((v) => names.get(v.country) ?? v.country),
        axisLabel: { color: '#1a1a1a' },
      },
      series: [
        {
          type: 'bar',
          data: values.map((v) => v.value),
          itemStyle: { color: '#0b62a4' },
          label: {
            show: true,
            position: 'right',
            formatter: (p) => format(p.value as number),
            color: '#1a1a1a',
          },
        },
      ],
    }),
    [values, names, format],
  );
  return (
    <EChart
      option={option}
      label={label}
      height={Math.max(240, values.length * 24)}
      testId="indicator-ranking"
    />
  );
}

function Aggregates({
  aggregates,
  format,
}: {
  aggregates: IndicatorAggregate[];
  format: (v: number | null) => string;
}) {
  const { t } = useTranslation();
  if (aggregates.length === 0) return null;
  return (
    <section aria-labelledby="aggregates-title">
      <h2 id="aggregates-title">{t('indicators.aggregates')}</h2>
      <ul className="headline-grid aggregate-list">
        {aggregates.map((a) => (
          <li key={`${a.id}-${a.period}`} className="headline-card">
            <h3 className="headline-card__label">{a.name}</h3>
            <p className="headline-card__value">{format(a.value)}</p>
            <p className="headline-card__detail">
              {a.of
                ? t('indicators.covers', { count: a.countries, of: a.of })
                : t('indicators.coversCount', { count: a.countries })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ValuesTable({
  values,
  names,
  format,
  caption,
}: {
  values: IndicatorValue[];
  names: Map<string, string>;
  format: (v: number | null) => string;
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <details className="figures-table" open>
      <summary>{t('indicators.table')}</summary>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.country')}</th>
            <th scope="col" className="numeric">
              {t('common.value')}
            </th>
            <th scope="col">{t('common.status')}</th>
            <th scope="col">{t('indicators.inputs')}</th>
          </tr>
        </thead>
        <tbody>
          {values.map((v) => (
            <tr key={`${v.country}-${v.period}`}>
              <th scope="row">
                <LocalLink to={`/countries/${v.country}`}>{names.get(v.country) ?? v.country}</LocalLink>
              </th>
              <td className="numeric">{format(v.value)}</td>
              <td>{v.status}</td>
              <td className="code-id">{v.inputs.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
