// Computes an indicator from published figures, read through the dissemination gateway (so
// never from a value the public cannot see). Each value names the cells it came from, with
// their release; a value whose input is suppressed is itself suppressed (null, Q); a value
// whose input is missing is not computed. Regional aggregates sum each quantity over the
// member countries that have them all, and say how many countries that is.
import type { Kysely } from 'kysely';
import { getTable, label, MEMBER_STATES } from '../../framework/index.js';
import type { Labels, Lang } from '../../framework/types.js';
import type { Database } from '../../store/schema.js';
import type { DisclosedObservation } from '../disclosure/disclose-observation.js';
import { readDisseminated } from '../read-disseminated.js';
import { REGIONAL_GROUPINGS } from '../regional-groupings.js';
import { PUBLIC_VIEWER, type Viewer } from '../viewer.js';
import type { CaseContext, CellRef, IndicatorSpec } from './indicator-spec.js';
import { worstStatus } from './worst-status.js';

export interface IndicatorRequest {
  spec: IndicatorSpec;
  countries?: readonly string[];
  years?: readonly string[];
  sex: string;
  at?: string;
}

export interface InputRef {
  table: string;
  key: Record<string, string>;
  value: number | null;
  status: string;
  releaseId: number;
}

export interface IndicatorValue {
  country: string;
  year: string;
  sex: string;
  breakdown: Record<string, string>;
  value: number | null;
  status: string;
  inputs: InputRef[];
}

export interface RegionalAggregate {
  grouping: string;
  names: Labels;
  year: string;
  sex: string;
  breakdown: Record<string, string>;
  value: number | null;
  status: string;
  /** Countries whose values went into the aggregate, of `members`. */
  countries: number;
  members: number;
  covered: string[];
}

const MAX_INPUT_ROWS = 2_000_000;

function cellId(table: string, key: Record<string, string>): string {
  const def = getTable(table)!;
  return `${table}|${def.dimensions.map((d) => key[d.id] ?? '').join('.')}`;
}

async function readInputs(db: Kysely<Database>, request: IndicatorRequest, viewer: Viewer) {
  const cells = new Map<string, DisclosedObservation>();
  const codes = new Map<string, Set<string>>();
  const years = new Set<string>();
  // The years asked for and the year before each (a change reads the previous year, offset -1):
  // only those, not every year between the first and the last.
  const periods = [...new Set((request.years ?? []).flatMap((y) => [String(Number(y) - 1), y]))].sort();
  for (const read of request.spec.reads) {
    const table = getTable(read.table)!;
    const result = await readDisseminated(
      db,
      {
        table,
        filters: {
          REF_AREA: [...MEMBER_STATES],
          ...read.filters(request.sex),
          ...(periods.length > 0 ? { TIME_PERIOD: periods } : {}),
        },
        limit: MAX_INPUT_ROWS,
        ...(request.at ? { at: request.at } : {}),
      },
      viewer,
    );
    for (const obs of result.observations) {
      cells.set(cellId(read.table, obs.key), obs);
      years.add(obs.key.TIME_PERIOD ?? '');
      for (const [dim, code] of Object.entries(obs.key)) {
        const id = `${read.table}|${dim}`;
        if (!codes.has(id)) codes.set(id, new Set());
        codes.get(id)!.add(code);
      }
    }
  }
  return { cells, codes, years };
}

function breakdownCombinations(
  spec: IndicatorSpec,
  codes: Map<string, Set<string>>,
): Record<string, string>[] {
  let combos: Record<string, string>[] = [{}];
  for (const b of spec.breakdowns ?? []) {
    const list =
      b.codes ?? [...(codes.get(`${b.table}|${b.dimension}`) ?? [])].filter((c) => c !== '_T').sort();
    combos = combos.flatMap((combo) => list.map((code) => ({ ...combo, [b.dimension]: code })));
  }
  return combos;
}

interface Evaluated {
  value: IndicatorValue;
  quantities?: Record<string, number>;
}

function evaluateCase(
  spec: IndicatorSpec,
  cells: Map<string, DisclosedObservation>,
  country: string,
  year: string,
  context: CaseContext,
): Evaluated | undefined {
  const quantities: Record<string, number> = {};
  const inputs: InputRef[] = [];
  let suppressed = false;
  for (const [name, refsOf] of Object.entries(spec.quantities)) {
    let sum = 0;
    for (const ref of refsOf(context) as CellRef[]) {
      const period = String(Number(year) + (ref.yearOffset ?? 0));
      const key = { REF_AREA: country, ...ref.key, TIME_PERIOD: period };
      const cell = cells.get(cellId(ref.table, key));
      if (!cell) return undefined;
      inputs.push({
        table: ref.table,
        key: cell.key,
        value: cell.value,
        status: cell.status,
        releaseId: cell.releaseId,
      });
      if (cell.value === null) {
        if (cell.status !== 'Q') return undefined;
        suppressed = true;
        continue;
      }
      sum += cell.value * 10 ** getTable(ref.table)!.unitMultiplier;
    }
    quantities[name] = sum;
  }
  const base = { country, year, sex: context.sex, breakdown: { ...context.breakdown }, inputs };
  if (suppressed) return { value: { ...base, value: null, status: 'Q' } };
  const value = spec.formula(quantities);
  if (value === null || !Number.isFinite(value)) return undefined;
  return {
    value: { ...base, value: round(value), status: worstStatus(inputs.map((i) => i.status)) },
    quantities,
  };
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

function aggregate(spec: IndicatorSpec, evaluated: Evaluated[], sex: string): RegionalAggregate[] {
  const out: RegionalAggregate[] = [];
  const byCase = new Map<string, Evaluated[]>();
  for (const e of evaluated) {
    if (!e.quantities) continue;
    const id = `${e.value.year}|${JSON.stringify(e.value.breakdown)}`;
    if (!byCase.has(id)) byCase.set(id, []);
    byCase.get(id)!.push(e);
  }
  for (const grouping of REGIONAL_GROUPINGS) {
    for (const cases of byCase.values()) {
      const covered = cases.filter((c) => grouping.members.includes(c.value.country));
      if (covered.length === 0) continue;
      const sums: Record<string, number> = {};
      for (const c of covered) {
        for (const [name, q] of Object.entries(c.quantities!)) sums[name] = (sums[name] ?? 0) + q;
      }
      const value = spec.formula(sums);
      const first = covered[0]!.value;
      out.push({
        grouping: grouping.id,
        names: grouping.names,
        year: first.year,
        sex,
        breakdown: first.breakdown,
        value: value === null || !Number.isFinite(value) ? null : round(value),
        status: worstStatus(covered.map((c) => c.value.status)),
        countries: covered.length,
        members: grouping.members.length,
        covered: covered.map((c) => c.value.country).sort(),
      });
    }
  }
  return out;
}

export async function computeIndicator(
  db: Kysely<Database>,
  request: IndicatorRequest,
  viewer: Viewer = PUBLIC_VIEWER,
): Promise<{ values: IndicatorValue[]; aggregates: RegionalAggregate[] }> {
  const { spec } = request;
  if (spec.unavailable) return { values: [], aggregates: [] };
  const { cells, codes, years } = await readInputs(db, request, viewer);
  const wantedYears = [...years].filter((y) => !request.years || request.years.includes(y)).sort();
  const evaluated: Evaluated[] = [];
  for (const country of MEMBER_STATES) {
    for (const year of wantedYears) {
      for (const breakdown of breakdownCombinations(spec, codes)) {
        const result = evaluateCase(spec, cells, country, year, { sex: request.sex, breakdown });
        if (result) evaluated.push(result);
      }
    }
  }
  const shown = evaluated
    .map((e) => e.value)
    .filter((v) => !request.countries || request.countries.includes(v.country));
  return { values: shown, aggregates: aggregate(spec, evaluated, request.sex) };
}

export function groupingName(aggregate: RegionalAggregate, lang: Lang): string {
  return label(aggregate.names, lang);
}
