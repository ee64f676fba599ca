// A data query as SICREMI executes it, whichever SDMX REST version it came from: series-key
// patterns (OR of per-dimension code sets), component filters (c[DIM]=op:value, comma = OR,
// plus = AND), per-series first/last N, deltas since a time, a past state (asOf), and how the
// answer is packaged (dimensionAtObservation, attributes, measures).
import type { AttributeDef, TableDef } from '../framework/types.js';
import type { DataflowArtefact } from './artefacts.js';
import { tableAttributes } from './artefacts.js';

export type Operator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'co' | 'nc' | 'sw' | 'ew';
export interface Condition {
  op: Operator;
  value: string;
}
/** OR of alternatives, each an AND of conditions. */
export type ComponentFilter = { component: string; alternatives: Condition[][] };

/** Per non-time dimension (key order): the accepted codes, or undefined for any. */
export type KeyPattern = (readonly string[] | undefined)[];

export interface SdmxDataQuery {
  dataflow: DataflowArtefact;
  table: TableDef;
  /** OR of key patterns; one all-wildcard pattern when the key is `*` or absent. */
  keys: KeyPattern[];
  /** Filters on dimensions, TIME_PERIOD included (evaluated in the store). */
  dimensionFilters: ComponentFilter[];
  /** Filters on attributes and OBS_VALUE (evaluated on what the public sees). */
  valueFilters: ComponentFilter[];
  firstN?: number;
  lastN?: number;
  updatedAfter?: string;
  asOf?: string;
  /** Every published vintage of each observation, with its validity (SDMX includeHistory). */
  includeHistory?: boolean;
  /** TIME_PERIOD, AllDimensions, or another dimension id (cross-section). */
  dimensionAtObservation: string;
  /** Attribute ids to include. */
  attributes: string[];
  includeMeasure: boolean;
  /** False for series-only answers (SDMX 1.5 detail=serieskeysonly or nodata). */
  includeObservations: boolean;
}

const OPERATORS = new Set<Operator>(['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'co', 'nc', 'sw', 'ew']);

export function parseFilterValue(component: string, value: string): ComponentFilter {
  const alternatives = value
    .split(',')
    .filter((a) => a !== '')
    .map((alternative) =>
      alternative.split('+').map((part): Condition => {
        const colon = part.indexOf(':');
        const op = colon > 0 ? part.slice(0, colon) : '';
        return OPERATORS.has(op as Operator)
          ? { op: op as Operator, value: part.slice(colon + 1) }
          : { op: 'eq', value: part };
      }),
    );
  return { component, alternatives };
}

/**
 * The operator words a c[] value uses that SDMX REST does not define (`xx:` in `xx:2020`), so
 * the query is refused rather than read as a code. A value whose text before `:` is not a word
 * (a period such as 2020-Q1 has no colon; an ISO time does) is a plain value.
 */
export function unknownOperators(value: string): string[] {
  const out: string[] = [];
  for (const part of value.split(/[,+]/)) {
    const match = /^([A-Za-z]{2,}):/.exec(part);
    if (match && !OPERATORS.has(match[1] as Operator)) out.push(match[1]!);
  }
  return out;
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

export function satisfies(value: string | number | null, condition: Condition): boolean {
  if (value === null) return condition.op === 'ne';
  const wanted: string | number =
    typeof value === 'number' && condition.value.trim() !== '' && !Number.isNaN(Number(condition.value))
      ? Number(condition.value)
      : condition.value;
  const text = String(value);
  switch (condition.op) {
    case 'eq':
      return compare(value, wanted) === 0;
    case 'ne':
      return compare(value, wanted) !== 0;
    case 'lt':
      return compare(value, wanted) < 0;
    case 'le':
      return compare(value, wanted) <= 0;
    case 'gt':
      return compare(value, wanted) > 0;
    case 'ge':
      return compare(value, wanted) >= 0;
    case 'co':
      return text.includes(condition.value);
    case 'nc':
      return !text.includes(condition.value);
    case 'sw':
      return text.startsWith(condition.value);
    case 'ew':
      return text.endsWith(condition.value);
  }
}

export function passes(filter: ComponentFilter, value: string | number | null): boolean {
  return filter.alternatives.some((all) => all.every((c) => satisfies(value, c)));
}

/** Attribute selections of SDMX REST (`dsd`, `all`, `none`, `dataset`, `series`, `obs`, ids). */
export function selectAttributes(table: TableDef, value: string): string[] | undefined {
  const attrs: AttributeDef[] = tableAttributes(table);
  const ids = attrs.map((a) => a.id);
  switch (value) {
    case 'dsd':
    case 'all':
      return ids;
    case 'none':
    case 'msd':
    case 'series':
      return [];
    case 'dataset':
      return attrs.filter((a) => a.attachment === 'dataset').map((a) => a.id);
    case 'obs':
      return attrs.filter((a) => a.attachment === 'observation').map((a) => a.id);
    default: {
      const wanted = value.split(',').filter(Boolean);
      return wanted.every((w) => ids.includes(w)) ? wanted : undefined;
    }
  }
}

/** The key patterns of a key path segment: `,` separates keys, `.` positions, `+` codes. */
export function parseKeys(
  key: string | undefined,
  dimensionCount: number,
  exact = false,
): KeyPattern[] | string {
  if (key === undefined || key === '' || key === '*' || key === 'all')
    return [new Array(dimensionCount).fill(undefined)];
  const patterns: KeyPattern[] = [];
  for (const one of key.split(',')) {
    const positions = one.split('.');
    if (positions.length > dimensionCount || (exact && positions.length < dimensionCount)) {
      return `The key "${one}" has ${positions.length} positions; this dataflow has ${dimensionCount} dimensions before TIME_PERIOD.`;
    }
    const pattern: KeyPattern = [];
    for (let i = 0; i < dimensionCount; i++) {
      const p = positions[i];
      pattern.push(p === undefined || p === '' || p === '*' ? undefined : p.split('+').filter(Boolean));
    }
    patterns.push(pattern);
  }
  return patterns;
}
