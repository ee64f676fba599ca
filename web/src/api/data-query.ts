// One query of published data, as the explorer, the profiles and the home page express it,
// and its addresses: the JSON API (/api/data), the downloads (/api/download) and the SDMX REST
// API (/sdmx/v2) — the same filters in each, so a shared view and its download agree.
import type { Lang } from '../i18n/languages';

export interface DataQuery {
  table: string;
  /** Selected codes per dimension; an absent dimension means "all codes". */
  filters: Record<string, string[]>;
  startPeriod?: string;
  endPeriod?: string;
  lastNPeriods?: number;
  /** A fixed release id; absent means the latest published data. */
  release?: string;
  limit?: number;
}

function queryParams(query: DataQuery, lang: Lang): URLSearchParams {
  const params = new URLSearchParams();
  for (const [dimension, codes] of Object.entries(query.filters)) {
    if (codes.length > 0) params.set(dimension, codes.join(','));
  }
  if (query.lastNPeriods) params.set('lastNPeriods', String(query.lastNPeriods));
  else {
    if (query.startPeriod) params.set('startPeriod', query.startPeriod);
    if (query.endPeriod) params.set('endPeriod', query.endPeriod);
  }
  if (query.release) params.set('release', query.release);
  params.set('lang', lang);
  return params;
}

export function dataApiPath(query: DataQuery, lang: Lang): string {
  const params = queryParams(query, lang);
  if (query.limit) params.set('limit', String(query.limit));
  return `/api/data/${encodeURIComponent(query.table)}?${params.toString()}`;
}

/** The pivot of a query, laid out on the server; `offset`/`rowLimit` choose a window of rows. */
export function pivotApiPath(
  query: DataQuery,
  layout: { rows: readonly string[]; cols: readonly string[]; regions?: boolean },
  window: { offset: number; rowLimit: number },
  lang: Lang,
): string {
  const params = queryParams(query, lang);
  if (layout.rows.length > 0) params.set('rows', layout.rows.join(','));
  if (layout.cols.length > 0) params.set('cols', layout.cols.join(','));
  if (layout.regions) params.set('regions', '1');
  params.set('offset', String(window.offset));
  params.set('rowLimit', String(window.rowLimit));
  return `/api/data/${encodeURIComponent(query.table)}/pivot?${params.toString()}`;
}

export type DownloadFormat = 'csv' | 'xlsx' | 'sdmx-csv';

export function downloadPath(query: DataQuery, format: DownloadFormat, lang: Lang): string {
  const params = queryParams(query, lang);
  const all = new URLSearchParams({ table: query.table, format });
  for (const [key, value] of params) all.set(key, value);
  return `/api/download?${all.toString()}`;
}

/**
 * The SDMX REST 2.0 data URL of the same view: the key lists each dimension but TIME_PERIOD in
 * order ('*' for all, '+' between codes); the period goes in c[TIME_PERIOD]. `+`, `[` and `]`
 * stay unencoded, as SDMX clients write them.
 */
export function sdmxDataUrl(
  query: DataQuery,
  keyDimensions: readonly string[],
  origin: string,
  /** The time of the fixed release (SDMX asks for a date-time, not a release id). */
  asOf?: string,
): string {
  const key = keyDimensions.map((dimension) => (query.filters[dimension] ?? []).join('+') || '*').join('.');
  const params: string[] = [];
  if (query.lastNPeriods) params.push(`lastNObservations=${query.lastNPeriods}`);
  else {
    const range = [
      query.startPeriod ? `ge:${query.startPeriod}` : '',
      query.endPeriod ? `le:${query.endPeriod}` : '',
    ].filter(Boolean);
    if (range.length > 0) params.push(`c[TIME_PERIOD]=${range.join('+')}`);
  }
  if (query.release && asOf) params.push(`asOf=${encodeURIComponent(asOf)}`);
  const path = `/sdmx/v2/data/dataflow/OAS/${query.table}/~/${key || '*'}`;
  return `${origin}${path}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}
