// A public data request as the JSON API and downloads take it: dimension filters by id
// (`SEX=F,M`), a period range, the last N periods of each series, a past state (`asOf` or
// `release`) and a row limit. Problems are returned as data, all of them, never thrown.
import type { TableDef } from '../framework/types.js';
import { DEFAULT_LIMIT } from './read-disseminated.js';

export interface DataRequest {
  table: TableDef;
  filters: Record<string, string[]>;
  startPeriod?: string;
  endPeriod?: string;
  lastNPeriods?: number;
  asOf?: string;
  releaseId?: number;
  limit: number;
}

export interface Problem {
  code: 'INVALID_PARAMETER' | 'UNKNOWN_DIMENSION' | 'CONFLICTING_PARAMETERS';
  params: Record<string, string>;
}

/** Query parameters that are not dimension filters. */
export const DATA_PARAMETERS = [
  'startPeriod',
  'endPeriod',
  'lastNPeriods',
  'asOf',
  'release',
  'limit',
  'lang',
  'format',
  'table',
] as const;

const YEAR = /^\d{4}$/;
const CODE = /^[A-Za-z0-9_@$-]+$/;
export const MAX_LIMIT = 1_000_000;

function invalid(name: string, value: string, hint: string): Problem {
  return { code: 'INVALID_PARAMETER', params: { name, value, hint } };
}

function positiveInteger(value: string): number | undefined {
  return /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

function isIsoInstant(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value))
  );
}

export function parseDataRequest(
  table: TableDef,
  params: Readonly<Record<string, string | undefined>>,
): { request?: DataRequest; problems: Problem[] } {
  const problems: Problem[] = [];
  const request: DataRequest = { table, filters: {}, limit: DEFAULT_LIMIT };
  const dimensions = new Set(table.dimensions.map((d) => d.id));
  for (const [name, raw] of Object.entries(params)) {
    if (raw === undefined || (DATA_PARAMETERS as readonly string[]).includes(name)) continue;
    // Upper-case names are dimension ids by convention; anything else (cache busters...) is ignored.
    if (!/^[A-Z][A-Z0-9_]*$/.test(name)) continue;
    if (!dimensions.has(name)) {
      problems.push({ code: 'UNKNOWN_DIMENSION', params: { table: table.id, name } });
      continue;
    }
    const codes = raw
      .split(/[,+]/)
      .map((c) => c.trim())
      .filter(Boolean);
    const bad = codes.find((c) => !CODE.test(c));
    if (codes.length === 0 || bad !== undefined) {
      problems.push(invalid(name, raw, 'Give codes separated by commas, e.g. F,M.'));
      continue;
    }
    request.filters[name] = codes;
  }
  const { startPeriod, endPeriod, lastNPeriods, asOf, release, limit } = params;
  if (startPeriod !== undefined) {
    if (YEAR.test(startPeriod)) request.startPeriod = startPeriod;
    else problems.push(invalid('startPeriod', startPeriod, 'Give a year, YYYY.'));
  }
  if (endPeriod !== undefined) {
    if (YEAR.test(endPeriod)) request.endPeriod = endPeriod;
    else problems.push(invalid('endPeriod', endPeriod, 'Give a year, YYYY.'));
  }
  if (lastNPeriods !== undefined) {
    const n = positiveInteger(lastNPeriods);
    if (n) request.lastNPeriods = n;
    else problems.push(invalid('lastNPeriods', lastNPeriods, 'Give a positive whole number.'));
  }
  if (limit !== undefined) {
    const n = positiveInteger(limit);
    if (n && n <= MAX_LIMIT) request.limit = n;
    else problems.push(invalid('limit', limit, `Give a whole number from 1 to ${MAX_LIMIT}.`));
  }
  if (asOf !== undefined) {
    if (isIsoInstant(asOf)) request.asOf = new Date(asOf).toISOString();
    else problems.push(invalid('asOf', asOf, 'Give an ISO 8601 date or time, e.g. 2025-06-30T00:00:00Z.'));
  }
  if (release !== undefined) {
    const id = positiveInteger(release);
    if (id) request.releaseId = id;
    else problems.push(invalid('release', release, 'Give a release id.'));
  }
  if (asOf !== undefined && release !== undefined) {
    problems.push({ code: 'CONFLICTING_PARAMETERS', params: { first: 'asOf', second: 'release' } });
  }
  return problems.length > 0 ? { problems } : { request, problems };
}
