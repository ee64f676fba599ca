// The data explorer: a table of the framework, filtered, laid out and viewed as the address
// says. Every control rewrites the address (explore-state.ts), and the address drives the
// data request, so back/forward, reload and a shared link all show the same view.
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { dataApiPath, pivotApiPath } from '../../api/data-query';
import type { DataResponse, PivotResponse, TableDescription, TableSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { EmbedButton } from '../../components/embed-button';
import { SourcesComparability } from '../../components/sources-comparability';
import { ApiView, NoDataPanel } from '../../components/status-panel';
import { useFlagNames } from '../../components/use-flag-names';
import { useLang } from '../../i18n/use-lang';
import { usePageTitle } from '../../layout/use-page-title';
import { ApiUrls } from './api-urls';
import { DimensionFilterLoader } from './dimension-filters';
import { ObservationResults, PivotResults, type UpdateState } from './explore-results';
import {
  defaultStateFor,
  type ExploreState,
  isCompleteState,
  parseExploreState,
  serializeExploreState,
  TIME,
  toDataQuery,
} from './explore-state';
import { ReleasePicker } from './release-picker';
import { TablePicker } from './table-picker';
import { TimeFilter } from './time-filter';
import { PIVOT_WINDOW } from './use-pivot-rows';
import { ViewDownloads } from './view-downloads';

const NO_CODES: string[] = [];

/**
 * The most observations the chart and map views load (the table's pivot is laid out by the
 * server, up to 200,000); beyond it the page says so and offers the download.
 */
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

function TableExplorer({ state, update }: { state: ExploreState; update: UpdateState }) {
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
  update: UpdateState;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const flagNames = useFlagNames(lang);
  const dimensionIds = description.dimensionDetails.map((d) => d.id);
  const keyDimensions = dimensionIds.filter((d) => d !== TIME);
  const query = useMemo(() => toDataQuery(state, dimensionIds), [state, dimensionIds]);
  // The table view reads the pivot the server lays out; chart and map read the observations.
  const isTable = state.view === 'table';
  const layout = useMemo(
    () => ({ rows: state.rows, cols: state.cols, regions: Boolean(state.regions) }),
    [state.rows, state.cols, state.regions],
  );
  const pivotPathAt = useCallback(
    (offset: number) => pivotApiPath(query, layout, { offset, rowLimit: PIVOT_WINDOW }, lang),
    [query, layout, lang],
  );
  const pivot = useApi<PivotResponse>(isTable ? pivotPathAt(0) : null);
  const data = useApi<DataResponse>(isTable ? null : dataApiPath({ ...query, limit: VIEW_LIMIT }, lang));
  const tables = useApi<{ tables: TableSummary[] }>(`/api/framework/tables?lang=${lang}`);
  const years = useMemo(() => {
    if (pivot.state === 'ok') return pivot.data.periods;
    if (data.state === 'ok')
      return data.data.dimensions.find((d) => d.id === TIME)?.codes.map((c) => c.id) ?? [];
    return [];
  }, [pivot, data]);
  const asOf = pivot.state === 'ok' ? pivot.data.asOf : data.state === 'ok' ? data.data.asOf : undefined;
  const shared = { description, state, update, flagNames };

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
          {isTable ? (
            <ApiView
              result={pivot}
              unavailable={<NoDataPanel>{t('explore.apiUnavailable')}</NoDataPanel>}
              loadingLabel={t('explore.loadingData')}
            >
              {(answer) => (
                <PivotResults key={pivotPathAt(0)} answer={answer} pathAt={pivotPathAt} {...shared} />
              )}
            </ApiView>
          ) : (
            <ApiView
              result={data}
              unavailable={<NoDataPanel>{t('explore.apiUnavailable')}</NoDataPanel>}
              loadingLabel={t('explore.loadingData')}
            >
              {(response) => <ObservationResults response={response} {...shared} />}
            </ApiView>
          )}
          <ViewDownloads query={query} />
          <EmbedButton
            path={`/embed/explore?${serializeExploreState({ ...state, view: 'chart' }, lang).toString()}`}
            title={description.name}
          />
          {(state.filters.REF_AREA ?? []).slice(0, 10).map((country) => (
            <SourcesComparability key={country} country={country} table={description.id} headingLevel={3} />
          ))}
          <ApiUrls query={query} keyDimensions={keyDimensions} asOf={state.release ? asOf : undefined} />
        </div>
      </div>
    </div>
  );
}
