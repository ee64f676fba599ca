// Computes an indicator from published figures, read through the dissemination gateway (so
// never from a value the public cannot see). Each value names the cells it came from, with
// their release; a value whose input is suppressed is itself suppressed (null, Q); a value
// whose input is missing is not computed. A value carries the gravest status of its inputs
// (D > U > E > P > B) and all their flags (FRAMEWORK §7). A change (CHANGE_PCT) is computed only
// between values of one source and edition with no break; otherwise it is listed as absent,
// with the reason (§9). Regional aggregates sum each quantity over the member countries that
// have them all, and say how many countries that is and how many of them carry D, U or E.
import type { Kysely } from 'kysely';
import {
  type ChangeAbsence,
  computeChange,
  getTable,
  label,
  MEMBER_STATES,
  propagateStatus,
} from '../../framework/index.js';
import type { Labels, Lang } from '../../framework/types.js';
import { getReleasesByIds } from '../../store/repositories/release-queries.js';
import type { Database } from '../../store/schema.js';
import type { DisclosedObservation } from '../disclosure/disclose-observation.js';
import { countFlaggedMembers } from '../pivot/regional-aggregates.js';
import { readDisseminated } from '../read-disseminated.js';
import { REGIONAL_GROUPINGS } from '../regional-groupings.js';
import { originOfRelease, type ReleaseOrigin } from '../release-origin.js';
import { PUBLIC_VIEWER, type Viewer } from '../viewer.js';
import type { CaseContext, CellRef, IndicatorSpec } from './indicator-spec.js';

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
  /** Source series and edition of the release (FRAMEWORK §9). */
  source: string;
  edition: string;
}

export interface IndicatorValue {
  country: string;
  year: string;
  sex: string;
  breakdown: Record<string, string>;
  value: number | null;
  status: string;
  /** Every propagated flag of the inputs (D, U, E, P, B), gravest first. */
  flags: string[];
  /** A change that is not computed, and why (across a source, an edition or a break). */
  absent?: ChangeAbsence;
  /** A change that may be told with a direction word: no input flagged E, P, U or D. */
  directional?: boolean;
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
  flags: string[];
  /** Countries whose values went into the aggregate, of `members`. */
  countries: number;
  members: number;
  covered: string[];
  /** How many of the covered countries carry D (definition differs), U or E (estimate, partial). */
  flagged: Record<string, number>;
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
  const releaseIds = new Set([...cells.values()].map((c) => c.releaseId));
  const releases = await getReleasesByIds(db, [...releaseIds]);
  const origins = new Map(releases.map((r) => [r.id, originOfRelease(r)]));
  return { cells, codes, years, origins };
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
  origins: ReadonlyMap<number, ReleaseOrigin>,
  country: string,
  year: string,
  context: CaseContext,
): Evaluated | undefined {
  const quantities: Record<string, number> = {};
  const inputs: InputRef[] = [];
  const inputsOf: Record<string, InputRef[]> = {};
  let suppressed = false;
  for (const [name, refsOf] of Object.entries(spec.quantities)) {
    inputsOf[name] = [];
    let sum = 0;
    for (const ref of refsOf(context) as CellRef[]) {
      const period = String(Number(year) + (ref.yearOffset ?? 0));
      const key = { REF_AREA: country, ...ref.key, TIME_PERIOD: period };
      const cell = cells.get(cellId(ref.table, key));
      if (!cell) return undefined;
      const origin = origins.get(cell.releaseId) ?? { source: `release-${cell.releaseId}`, edition: '' };
      const input = {
        table: ref.table,
        key: cell.key,
        value: cell.value,
        status: cell.status,
        releaseId: cell.releaseId,
        source: origin.source,
        edition: origin.edition,
      };
      inputs.push(input);
      inputsOf[name]!.push(input);
      if (cell.value === null) {
        if (cell.status !== 'Q') return undefined;
        suppressed = true;
        continue;
      }
      sum += cell.value * 10 ** getTable(ref.table)!.unitMultiplier;
    }
    quantities[name] = sum;
  }
  const { status, flags } = propagateStatus(inputs.map((i) => i.status));
  const base = { country, year, sex: context.sex, breakdown: { ...context.breakdown }, flags, inputs };
  if (suppressed) return { value: { ...base, value: null, status: 'Q' } };
  if (spec.change) {
    const current = pointOf(inputsOf[spec.change.current] ?? [], year);
    const previous = pointOf(inputsOf[spec.change.previous] ?? [], year);
    if (!current || !previous) return undefined;
    const change = computeChange(
      { ...current, value: quantities[spec.change.current] ?? null },
      { ...previous, value: quantities[spec.change.previous] ?? null },
    );
    if (change.absent) {
      return { value: { ...base, value: null, status, absent: change.absent, directional: false } };
    }
    if (change.value === null) return undefined;
    return {
      value: { ...base, value: round(change.value), status, directional: change.directional },
      quantities,
    };
  }
  // A share or ratio is computed within one edition of a source (FRAMEWORK §9).
  if (mixesEditions(inputs)) return undefined;
  const value = spec.formula(quantities);
  if (value === null || !Number.isFinite(value)) return undefined;
  return { value: { ...base, value: round(value), status }, quantities };
}

/** True when two inputs come from different editions of one source. */
function mixesEditions(inputs: readonly InputRef[]): boolean {
  const editions = new Map<string, string>();
  for (const input of inputs) {
    const seen = editions.get(input.source);
    if (seen !== undefined && seen !== input.edition) return true;
    editions.set(input.source, input.edition);
  }
  return false;
}

/**
 * One side of a change as the change rule sees it: its cells' source and edition (mixed
 * sources make the side itself incomparable) and a break if any cell carries one.
 */
function pointOf(inputs: readonly InputRef[], year: string) {
  const first = inputs[0];
  if (!first) return undefined;
  const mixed = inputs.some((i) => i.source !== first.source || i.edition !== first.edition);
  return {
    status: inputs.some((i) => i.status === 'B') ? 'B' : propagateStatus(inputs.map((i) => i.status)).status,
    year,
    source: mixed ? `mixed:${year}` : first.source,
    edition: first.edition,
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
      const { status, flags } = propagateStatus(covered.flatMap((c) => c.value.flags));
      out.push({
        grouping: grouping.id,
        names: grouping.names,
        year: first.year,
        sex,
        breakdown: first.breakdown,
        value: value === null || !Number.isFinite(value) ? null : round(value),
        status,
        flags,
        countries: covered.length,
        members: grouping.members.length,
        covered: covered.map((c) => c.value.country).sort(),
        flagged: countFlaggedMembers(covered.map((c) => c.value.status)),
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
  const { cells, codes, years, origins } = await readInputs(db, request, viewer);
  const wantedYears = [...years].filter((y) => !request.years || request.years.includes(y)).sort();
  const evaluated: Evaluated[] = [];
  for (const country of MEMBER_STATES) {
    for (const year of wantedYears) {
      for (const breakdown of breakdownCombinations(spec, codes)) {
        const result = evaluateCase(spec, cells, origins, country, year, { sex: request.sex, breakdown });
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
