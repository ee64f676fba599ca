// The explorer keeps its whole state in the address, so a copied link reproduces the view:
// table, the selected codes of each dimension (upper-case dimension ids as parameters), the
// period (a range or the last N), "latest" or a fixed release, the pivot layout and the view.
//   /explore?table=MIG_STOCK_FB&REF_AREA=CHL,ARG&SEX=_T&start=2000&end=2020
//           &rows=REF_AREA&cols=TIME_PERIOD&regions=1&view=chart&chart=line&lang=es
import type { DataQuery } from '../../api/data-query';
import type { DimensionDetail } from '../../api/types';

export const VIEWS = ['table', 'chart', 'map'] as const;
export type ExploreView = (typeof VIEWS)[number];
export const CHART_TYPES = ['line', 'bar', 'stacked'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export const TIME = 'TIME_PERIOD';
const RESERVED = new Set([
  'table',
  'start',
  'end',
  'last',
  'release',
  'rows',
  'cols',
  'regions',
  'view',
  'chart',
  'lang',
]);

export interface ExploreState {
  table: string | null;
  filters: Record<string, string[]>;
  start?: string;
  end?: string;
  last?: number;
  release?: string;
  rows: string[];
  cols: string[];
  /** Regional aggregates in the table (sums over the member states shown). */
  regions?: boolean;
  view: ExploreView;
  chart: ChartType;
}

function list(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

function oneOf<T extends string>(value: string | null, options: readonly T[], fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback;
}

export function parseExploreState(params: URLSearchParams): ExploreState {
  const filters: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (!RESERVED.has(key) && /^[A-Z][A-Z0-9_]*$/.test(key)) filters[key] = list(value);
  }
  const last = Number(params.get('last'));
  const start = params.get('start');
  const end = params.get('end');
  const release = params.get('release');
  return {
    table: params.get('table'),
    filters,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...(Number.isInteger(last) && last > 0 ? { last } : {}),
    ...(release && release !== 'latest' ? { release } : {}),
    rows: list(params.get('rows')),
    cols: list(params.get('cols')),
    ...(params.get('regions') === '1' ? { regions: true } : {}),
    view: oneOf(params.get('view'), VIEWS, 'table'),
    chart: oneOf(params.get('chart'), CHART_TYPES, 'line'),
  };
}

export function serializeExploreState(state: ExploreState, lang: string): URLSearchParams {
  const params = new URLSearchParams();
  if (state.table) params.set('table', state.table);
  for (const [dimension, codes] of Object.entries(state.filters)) {
    if (codes.length > 0) params.set(dimension, codes.join(','));
  }
  if (state.last) params.set('last', String(state.last));
  else {
    if (state.start) params.set('start', state.start);
    if (state.end) params.set('end', state.end);
  }
  if (state.release) params.set('release', state.release);
  if (state.rows.length > 0) params.set('rows', state.rows.join(','));
  if (state.cols.length > 0) params.set('cols', state.cols.join(','));
  if (state.regions) params.set('regions', '1');
  params.set('view', state.view);
  if (state.view === 'chart') params.set('chart', state.chart);
  params.set('lang', lang);
  return params;
}

/**
 * The first view of a table: totals where a dimension has one (one line per country instead
 * of every breakdown at once), every reporting country, all years, countries down the side
 * and years across.
 */
export function defaultStateFor(table: string, dimensions: readonly DimensionDetail[]): ExploreState {
  const filters: Record<string, string[]> = {};
  for (const dimension of dimensions) {
    if (dimension.id !== 'REF_AREA' && dimension.id !== TIME && dimension.hasTotal)
      filters[dimension.id] = ['_T'];
  }
  return { table, filters, rows: ['REF_AREA'], cols: [TIME], view: 'table', chart: 'line' };
}

/** Whether the address already describes a complete view (else the page fills in defaults). */
export function isCompleteState(state: ExploreState): boolean {
  return Boolean(state.table) && (state.rows.length > 0 || state.cols.length > 0);
}

export function toDataQuery(state: ExploreState, tableDimensions: readonly string[]): DataQuery {
  const filters: Record<string, string[]> = {};
  for (const dimension of tableDimensions) {
    const codes = state.filters[dimension];
    if (dimension !== TIME && codes && codes.length > 0) filters[dimension] = codes;
  }
  return {
    table: state.table ?? '',
    filters,
    ...(state.last ? { lastNPeriods: state.last } : {}),
    ...(!state.last && state.start ? { startPeriod: state.start } : {}),
    ...(!state.last && state.end ? { endPeriod: state.end } : {}),
    ...(state.release ? { release: state.release } : {}),
  };
}
