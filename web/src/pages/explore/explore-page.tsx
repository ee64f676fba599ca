// The data explorer: a table of the framework, filtered, laid out and viewed as the address
// says. Every control rewrites the address (explore-state.ts), and the address drives the
// data request, so back/forward, reload and a shared link all show the same view.
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { dataApiPath } from '../../api/data-query';
import type { DataResponse, TableDescription, TableSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { FlagLegend } from '../../components/flag-legend';
import { ApiView, NoDataPanel } from '../../components/status-panel';
import { useFlagNames } from '../../components/use-flag-names';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { usePageTitle } from '../../layout/use-page-title';
import { ApiUrls } from './api-urls';
import { buildPivot } from './build-pivot';
import { DimensionFilterLoader } from './dimension-filters';
import { ExploreChart } from './explore-chart';
import { ExploreMap } from './explore-map';
import {
  defaultStateFor,
  type ExploreState,
  type ExploreView,
  isCompleteState,
  parseExploreState,
  serializeExploreState,
  TIME,
  toDataQuery,
  VIEWS,
} from './explore-state';
import { LayoutEditor } from './layout-editor';
import { PivotTable } from './pivot-table';
import { ReleasePicker } from './release-picker';
import { TablePicker } from './table-picker';
import { TimeFilter } from './time-filter';
import { describeFixed, describeSources, describeUnit } from './view-caption';
import { ViewDownloads } from './view-downloads';

const NO_CODES: string[] = [];

/** The most observations one view loads; beyond it the page says so and offers the download. */
export const VIEW_LIMIT = 20000;

export default function ExplorePage() {
  const [params, setParams] = useSearchParams();
  const lang = useLang();
  const state = useMemo(() => parseExploreState(params), [params]);
  const update = useCallback(
    (next: ExploreState, options: { push?: boolean; fromEffect?: boolean } = {}) =>
      // flushSync: controls are driven by the address, so it must change within the same event,
      // or a clicked radio button would briefly show its old state (not possible inside an effect).
      setParams(serializeExploreState(next, lang), {
        replace: !options.push,
        flushSync: !options.fromEffect,
      }),
    [setParams, lang],
  );
  if (!state.table) return <TablePicker />;
  return <TableExplorer key={state.table} state={state} update={update} />;
}

function TableExplorer({
  state,
  update,
}: {
  state: ExploreState;
  update: (next: ExploreState, options?: { push?: boolean; fromEffect?: boolean }) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const table = state.table ?? '';
  const description = useApi<{ table: TableDescription }>(`/api/framework/tables/${table}?lang=${lang}`);
  const dims = description.state === 'ok' ? description.data.table.dimensionDetails : undefined;
  usePageTitle(description.state === 'ok' ? description.data.table.name : t('explore.title'));

  // A link without a layout (?table=…, perhaps with a few filters) opens the table's default
  // view — totals for every dimension it does not mention — written into the address.
  useEffect(() => {
    if (dims && !isCompleteState(state)) {
      const defaults = defaultStateFor(table, dims);
      update(
        {
          ...defaults,
          ...state,
          filters: { ...defaults.filters, ...state.filters },
          rows: defaults.rows,
          cols: defaults.cols,
        },
        { fromEffect: true },
      );
    }
  }, [dims, state, table, update]);

  if (description.state !== 'ok') {
    return (
      <div className="page">
        <h1>{t('explore.title')}</h1>
        <ApiView result={description}>{() => null}</ApiView>
      </div>
    );
  }
  return <TableView description={description.data.table} state={state} update={update} />;
}

function TableView({
  description,
  state,
  update,
}: {
  description: TableDescription;
  state: ExploreState;
  update: (next: ExploreState, options?: { push?: boolean; fromEffect?: boolean }) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const flagNames = useFlagNames(lang);
  const dimensionIds = description.dimensionDetails.map((d) => d.id);
  const keyDimensions = dimensionIds.filter((d) => d !== TIME);
  const query = useMemo(() => toDataQuery(state, dimensionIds), [state, dimensionIds]);
  const data = useApi<DataResponse>(dataApiPath({ ...query, limit: VIEW_LIMIT }, lang));
  const tables = useApi<{ tables: TableSummary[] }>(`/api/framework/tables?lang=${lang}`);
  const years = useMemo(() => {
    if (data.state !== 'ok') return [];
    return data.data.dimensions.find((d) => d.id === TIME)?.codes.map((c) => c.id) ?? [];
  }, [data]);

  const setFilter = (dimension: string, codes: string[]) =>
    update({ ...state, filters: { ...state.filters, [dimension]: codes } });

  return (
    <div className="page explore" data-testid="explorer">
      <div className="explore__head">
        <h1>{description.name}</h1>
        <p className="hint">{description.description}</p>
      </div>
      <div className="explore__body">
        <aside className="explore__filters" aria-label={t('explore.filters.title')}>
          <div className="field">
            <label htmlFor="explore-table">{t('explore.tableLabel')}</label>
            <select
              id="explore-table"
              value={description.id}
              onChange={(event) =>
                update(
                  { ...state, table: event.target.value, filters: {}, rows: [], cols: [] },
                  { push: true },
                )
              }
              data-testid="table-select"
            >
              {(tables.state === 'ok'
                ? tables.data.tables
                : [{ id: description.id, name: description.name }]
              ).map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </div>
          <h2 className="explore__filters-title">{t('explore.filters.title')}</h2>
          {description.dimensionDetails
            .filter((d) => d.id !== TIME)
            .map((dimension) => (
              <DimensionFilterLoader
                key={dimension.id}
                dimension={dimension}
                selected={state.filters[dimension.id] ?? NO_CODES}
                onChange={(codes) => setFilter(dimension.id, codes)}
              />
            ))}
          <TimeFilter
            selection={{
              ...(state.start ? { start: state.start } : {}),
              ...(state.end ? { end: state.end } : {}),
              ...(state.last ? { last: state.last } : {}),
            }}
            years={years}
            onChange={(time) => {
              const { start: _s, end: _e, last: _l, ...rest } = state;
              update({ ...rest, ...time });
            }}
          />
          <ReleasePicker
            table={description.id}
            release={state.release}
            onChange={(release) => {
              const { release: _r, ...rest } = state;
              update({ ...rest, ...(release ? { release } : {}) });
            }}
          />
        </aside>
        <div className="explore__results">
          <ApiView
            result={data}
            unavailable={<NoDataPanel>{t('explore.apiUnavailable')}</NoDataPanel>}
            loadingLabel={t('explore.loadingData')}
          >
            {(response) => (
              <ExploreResults
                response={response}
                description={description}
                state={state}
                update={update}
                flagNames={flagNames}
              />
            )}
          </ApiView>
          <ViewDownloads query={query} />
          <ApiUrls
            query={query}
            keyDimensions={keyDimensions}
            asOf={state.release && data.state === 'ok' ? (data.data.asOf ?? undefined) : undefined}
          />
        </div>
      </div>
    </div>
  );
}

function ExploreResults({
  response,
  description,
  state,
  update,
  flagNames,
}: {
  response: DataResponse;
  description: TableDescription;
  state: ExploreState;
  update: (next: ExploreState, options?: { push?: boolean; fromEffect?: boolean }) => void;
  flagNames: ReturnType<typeof useFlagNames>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const pivot = useMemo(
    () => buildPivot(response, state.rows, state.cols),
    [response, state.rows, state.cols],
  );
  const dimensionNames = new Map(description.dimensionDetails.map((d) => [d.id, d.name]));
  const fixed = describeFixed(pivot);
  const unit = describeUnit(description.unitMultiplier, description.unit, t);
  const source = describeSources(response, lang, t);
  const caption = [description.name, fixed, unit].filter(Boolean).join(' — ');

  if (response.observations.length === 0) {
    return <NoDataPanel title={t('explore.noMatch')}>{t('explore.noMatchDetail')}</NoDataPanel>;
  }

  return (
    <>
      <div className="result-summary" role="status" data-testid="result-summary">
        <p>
          {response.truncated
            ? t('explore.summary.truncated', {
                count: formatNumber(response.count, lang, 0),
                total: formatNumber(response.total, lang, 0),
              })
            : t('explore.summary.complete', {
                count: response.count,
                formatted: formatNumber(response.count, lang, 0),
              })}
        </p>
        {fixed ? <p className="hint">{fixed}</p> : null}
        <p className="hint">{t('explore.summary.unit', { unit })}</p>
      </div>
      <fieldset className="segmented view-switch">
        <legend className="visually-hidden">{t('explore.views.label')}</legend>
        {VIEWS.map((view: ExploreView) => (
          <label key={view} className={state.view === view ? 'is-selected' : ''}>
            <input
              type="radio"
              name="explore-view"
              value={view}
              checked={state.view === view}
              onChange={() => update({ ...state, view }, { push: true })}
              data-testid={`view-${view}`}
            />
            {t(`explore.views.${view}`)}
          </label>
        ))}
      </fieldset>
      {state.view === 'table' ? (
        <>
          <LayoutEditor
            rows={pivot.rowDims.map((d) => d.id)}
            cols={pivot.colDims.map((d) => d.id)}
            names={dimensionNames}
            onChange={(rows, cols) => update({ ...state, rows, cols })}
          />
          <PivotTable pivot={pivot} caption={caption} statusNames={flagNames} />
        </>
      ) : null}
      {state.view === 'chart' ? (
        <ExploreChart
          response={response}
          chartType={state.chart}
          onChartType={(chart) => update({ ...state, chart })}
          title={description.name}
          subtitle={[fixed, unit].filter(Boolean).join(' — ')}
          source={source}
          notes={[...pivot.notes].map(([text, n]) => `[${n}] ${text}`)}
        />
      ) : null}
      {state.view === 'map' ? (
        pivot.rowDims.some((d) => d.id === 'REF_AREA') || pivot.colDims.some((d) => d.id === 'REF_AREA') ? (
          <ExploreMap response={response} title={description.name} />
        ) : (
          <p className="notice">{t('explore.map.needCountries')}</p>
        )
      ) : null}
      <p className="source-line">{source}</p>
      <FlagLegend statuses={pivot.statuses} confs={pivot.confs} notes={pivot.notes} names={flagNames} />
    </>
  );
}
