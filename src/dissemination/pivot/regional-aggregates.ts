// Regional aggregates of a pivot, made on the server from the cells the reader may see: for each
// region (regional-groupings.ts) and each combination of the other dimensions, the sum of the
// member states' values. Only values the viewer is shown go in — a suppressed cell (value null,
// status Q) is left out, never its hidden value — so an aggregate can be worked out from public
// figures alone and cannot undo disclosure control. Each aggregate says how many member states
// it covers, carries the gravest status of its inputs (D > U > E > P > B, FRAMEWORK §7) with all
// their flags, and says how many of its members carry D, U or E. Every SICREMI table counts
// persons or money, so sums across countries are meaningful.
import { propagateStatus } from '../../framework/status-propagation.js';
import type { Grouping } from '../../framework/types.js';

/** Aggregate codes in REF_AREA: "@" and the grouping id, never an ISO 3166 code. */
export const AGGREGATE_PREFIX = '@';

export interface AggregateInput {
  key: Record<string, string>;
  value: number | null;
  status: string;
}

export interface RegionalAggregate {
  key: Record<string, string>;
  value: number;
  status: string;
  conf: string;
  note: null;
  /** Every propagated flag of its inputs, gravest first. */
  flags: string[];
  /**
   * Member states whose value went in, of the region's members, and how many of those carry a
   * different definition (D), low reliability (U) or an estimate or partial count (E).
   */
  coverage: { countries: number; of: number; flagged: Record<string, number> };
}

const COUNTED_FLAGS = ['D', 'U', 'E'] as const;

/** How many inputs carry each of D, U and E. */
export function countFlaggedMembers(statuses: readonly string[]): Record<string, number> {
  return Object.fromEntries(COUNTED_FLAGS.map((f) => [f, statuses.filter((s) => s === f).length]));
}

export function isAggregateCode(code: string): boolean {
  return code.startsWith(AGGREGATE_PREFIX);
}

/** Regions with at least one member state in `areas`, each with the states present. */
export function regionsPresent(areas: ReadonlySet<string>, groupings: readonly Grouping[]): Grouping[] {
  return groupings.filter((g) => g.members.some((m) => areas.has(m)));
}

export function aggregateByRegion(
  observations: readonly AggregateInput[],
  dimensions: readonly string[],
  groupings: readonly Grouping[],
): RegionalAggregate[] {
  if (groupings.length === 0) return [];
  const others = dimensions.filter((d) => d !== 'REF_AREA');
  const cases = new Map<string, AggregateInput[]>();
  for (const o of observations) {
    if (o.value === null) continue;
    const id = others.map((d) => o.key[d] ?? '').join('\u0001');
    const list = cases.get(id);
    if (list) list.push(o);
    else cases.set(id, [o]);
  }
  const out: RegionalAggregate[] = [];
  for (const grouping of groupings) {
    const members = new Set(grouping.members);
    for (const inputs of cases.values()) {
      const covered = inputs.filter((o) => members.has(o.key.REF_AREA ?? ''));
      if (covered.length === 0) continue;
      const first = covered[0] as AggregateInput;
      const statuses = covered.map((o) => o.status);
      const { status, flags } = propagateStatus(statuses);
      out.push({
        key: { ...first.key, REF_AREA: `${AGGREGATE_PREFIX}${grouping.id}` },
        value: roundSum(covered.reduce((sum, o) => sum + (o.value as number), 0)),
        status,
        conf: 'F',
        note: null,
        flags,
        coverage: {
          countries: covered.length,
          of: grouping.members.length,
          flagged: countFlaggedMembers(statuses),
        },
      });
    }
  }
  return out;
}

/** Sums of decimal figures (millions of dollars) without binary noise such as 0.30000000000000004. */
function roundSum(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
