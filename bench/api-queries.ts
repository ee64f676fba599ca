// The distinct-query mode of bench:api: a seeded generator of the queries public traffic asks —
// a random table, one country or several, breakdown filters, period ranges, the explorer's pivots,
// SDMX keys with c[] filters, indicators — so that a run hardly ever repeats a request and the
// answer cache cannot help. The same seed gives the same queries, so runs compare.
import { INDICATOR_SPECS } from '../src/dissemination/indicators/indicator-specs.js';
import { MEMBER_STATES, TABLES } from '../src/framework/index.js';
import type { TableDef } from '../src/framework/types.js';
import { codesPresent, FIRST_YEAR, LAST_YEAR, seededRandom } from './api-generate.js';

type Draw = () => number;

function pick<T>(next: Draw, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

function some<T>(next: Draw, list: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(next() * Math.min(max, list.length));
  const out = new Set<T>();
  while (out.size < count) out.add(pick(next, list));
  return [...out];
}

function year(next: Draw): number {
  return FIRST_YEAR + Math.floor(next() * (LAST_YEAR - FIRST_YEAR + 1));
}

/** A period range: both ends, one end, or none (all years). */
function periods(next: Draw): { from?: number; to?: number } {
  const a = year(next);
  const b = year(next);
  const shape = next();
  if (shape < 0.25) return {};
  if (shape < 0.5) return { from: Math.min(a, b) };
  if (shape < 0.6) return { to: Math.max(a, b) };
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

interface TableCodes {
  table: TableDef;
  breakdowns: string[];
  codes: Map<string, string[]>;
}

/** Filters on up to `max` breakdowns: one code (often the total) or a few. */
function breakdownFilters(next: Draw, t: TableCodes, max: number): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const dim of some(next, t.breakdowns, max)) {
    const codes = t.codes.get(dim)!;
    out.set(dim, next() < 0.4 && codes.includes('_T') ? ['_T'] : some(next, codes, 3));
  }
  return out;
}

function jsonQuery(next: Draw, t: TableCodes): string {
  const params = new URLSearchParams();
  params.set('REF_AREA', some(next, MEMBER_STATES, next() < 0.7 ? 1 : 5).join(','));
  for (const [dim, codes] of breakdownFilters(next, t, 3)) params.set(dim, codes.join(','));
  const { from, to } = periods(next);
  if (from) params.set('startPeriod', String(from));
  if (to) params.set('endPeriod', String(to));
  if (!from && !to && next() < 0.2) params.set('lastNPeriods', String(1 + Math.floor(next() * 5)));
  return `/api/data/${t.table.id}?${params}`;
}

function pivotQuery(next: Draw, t: TableCodes): string {
  const params = new URLSearchParams();
  params.set('REF_AREA', some(next, MEMBER_STATES, next() < 0.6 ? 1 : 8).join(','));
  for (const [dim, codes] of breakdownFilters(next, t, 2)) params.set(dim, codes.join(','));
  const { from, to } = periods(next);
  if (from) params.set('startPeriod', String(from));
  if (to) params.set('endPeriod', String(to));
  const dims = t.table.dimensions.map((d) => d.id);
  const rows = some(next, dims, 2);
  const cols = [
    pick(
      next,
      dims.filter((d) => !rows.includes(d)),
    ),
  ];
  params.set('rows', rows.join(','));
  params.set('cols', cols.join(','));
  if (next() < 0.3) params.set('offset', String(100 * Math.floor(next() * 3)));
  return `/api/data/${t.table.id}/pivot?${params}`;
}

function sdmxQuery(next: Draw, t: TableCodes): string {
  // The key: REF_AREA then the breakdowns, each a code, several joined with + or * (all).
  const key = t.table.dimensions
    .filter((d) => d.id !== 'TIME_PERIOD')
    .map((d) => {
      if (d.id === 'REF_AREA') return some(next, MEMBER_STATES, next() < 0.7 ? 1 : 4).join('+');
      return next() < 0.5 ? '*' : some(next, t.codes.get(d.id)!, 2).join('+');
    })
    .join('.');
  const params: string[] = [];
  const { from, to } = periods(next);
  if (from && to) params.push(`c[TIME_PERIOD]=ge:${from}+le:${to}`);
  else if (from) params.push(`c[TIME_PERIOD]=ge:${from}`);
  else if (to) params.push(`c[TIME_PERIOD]=le:${to}`);
  if (next() < 0.3) params.push(`lastNObservations=${1 + Math.floor(next() * 3)}`);
  if (next() < 0.3) params.push('dimensionAtObservation=AllDimensions');
  const query = params.length > 0 ? `?${params.join('&')}` : '';
  return `/sdmx/v2/data/dataflow/OAS/${t.table.id}/1.0/${key}${query}`;
}

function indicatorQuery(next: Draw): string {
  const spec = pick(next, INDICATOR_SPECS);
  const years = some(
    next,
    Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i),
    3,
  ).sort();
  const params = new URLSearchParams({ year: years.join(',') });
  if (next() < 0.5) params.set('country', some(next, MEMBER_STATES, 4).join(','));
  if (next() < 0.3) params.set('sex', pick(next, ['F', 'M']));
  return `/api/indicators/${spec.id}?${params}`;
}

/**
 * `count` queries drawn from `seed` for a store of `observations` synthetic rows: 45 % JSON
 * data, 20 % pivots, 25 % SDMX, 10 % indicators; duplicates drawn are dropped, so all differ.
 */
export function distinctQueries(seed: number, count: number, observations: number): string[] {
  const next = seededRandom(seed);
  const tables = TABLES.map((table) => {
    const codes = codesPresent(table, observations);
    return { table, codes, breakdowns: [...codes.keys()] };
  });
  const out = new Set<string>();
  for (let attempts = 0; out.size < count && attempts < count * 4; attempts++) {
    const kind = next();
    const t = pick(next, tables);
    if (kind < 0.45) out.add(jsonQuery(next, t));
    else if (kind < 0.65) out.add(pivotQuery(next, t));
    else if (kind < 0.9) out.add(sdmxQuery(next, t));
    else out.add(indicatorQuery(next));
  }
  return [...out];
}
