// FRAMEWORK §6.3: the submission's cells are compared with the related tables' published cells
// (see cross-table-relations.ts), in both directions: a LAB_STATUS submission is checked
// against published LAB_ACTIVITY as LAB_ACTIVITY is against published LAB_STATUS. A gap beyond
// the rule's tolerance is a warning at the submitted cell's row.
import type { Observation } from '../../framework/observation.js';
import { getRule } from '../../framework/rules.js';
import { createIssue } from '../issues/issue.js';
import { CROSS_TABLE_RELATIONS } from './cross-table-relations.js';
import { describeKey, locate, type ValidationState } from './validation-state.js';

interface Comparison {
  mine: Record<string, string>;
  theirs: Record<string, string>;
  otherTable: string;
  match: string[];
  /** My value must be ≤ theirs ('atMost'), ≥ ('atLeast') or equal. */
  compare: 'equal' | 'atMost' | 'atLeast';
}

function listComparisons(table: string): Comparison[] {
  return CROSS_TABLE_RELATIONS.flatMap((r): Comparison[] => {
    if (r.table === table) {
      return [
        { mine: r.cells, theirs: r.otherCells, otherTable: r.other, match: r.match, compare: r.compare },
      ];
    }
    if (r.other === table) {
      const compare = r.compare === 'atMost' ? 'atLeast' : 'equal';
      return [{ mine: r.otherCells, theirs: r.cells, otherTable: r.table, match: r.match, compare }];
    }
    return [];
  });
}

const matchesCells = (key: Record<string, string>, cells: Record<string, string>) =>
  Object.entries(cells).every(([id, code]) => key[id] === code);

export function checkCrossTables(state: ValidationState): void {
  const { table, codec, observations, context } = state;
  const tolerancePct = Number(getRule('CROSS_TABLE')?.params?.tolerancePct ?? 0.5);
  for (const comparison of listComparisons(table.id)) {
    const published = context.related?.[comparison.otherTable] ?? [];
    if (published.length === 0) continue;
    const theirs = new Map<string, number>();
    for (const o of published) {
      if (o.value !== null && matchesCells(o.key, comparison.theirs))
        theirs.set(matchKey(o.key, comparison.match), o.value);
    }
    for (let i = 0; i < observations.size; i++) {
      const value = observations.values[i] as number;
      if (Number.isNaN(value)) continue;
      const key: Record<string, string> = {};
      codec.dimensions.forEach((id, d) => {
        key[id] = codec.codeOf(d, (observations.digits[d] as Uint16Array)[i] as number);
      });
      if (!matchesCells(key, comparison.mine)) continue;
      const expected = theirs.get(matchKey(key, comparison.match));
      if (expected === undefined || agrees(value, expected, comparison.compare, tolerancePct)) continue;
      const params = {
        series: describeKey(state, i, ['REF_AREA']),
        table: table.id,
        otherTable: comparison.otherTable,
        expected,
      };
      const issue = createIssue('CROSS_TABLE', locate(state, i), params, value);
      issue.group = `CROSS_TABLE:${comparison.otherTable}`;
      state.log.add(issue);
    }
  }
}

function matchKey(key: Observation['key'], match: readonly string[]): string {
  return match.map((id) => key[id] ?? '').join('\u0000');
}

function agrees(
  value: number,
  expected: number,
  compare: Comparison['compare'],
  tolerancePct: number,
): boolean {
  const tolerance = (Math.abs(expected) * tolerancePct) / 100;
  if (compare === 'atMost') return value <= expected + tolerance;
  if (compare === 'atLeast') return value >= expected - tolerance;
  return Math.abs(value - expected) <= tolerance;
}
