// The grid's axes in the reader's language: the rows dimension with its whole code list (rows
// are added on demand by searching it), the column dimensions and the slice selectors. Totals
// come first, as statistical tables print them; derived aggregates are never typed.
import { getCodelist, label } from '../../framework/index.js';
import type { DimensionDef, Lang } from '../../framework/types.js';
import type { EntryScope } from './entry-scope.js';

export interface AxisCode {
  id: string;
  label: string;
}

export interface GridAxis {
  id: string;
  name: string;
  codes: AxisCode[];
  /** The code the others add up to, when the dimension has one. */
  total: string | null;
}

export interface GridLayout {
  rows: GridAxis;
  columns: GridAxis[];
  slices: GridAxis[];
}

const TOTAL = '_T';

/** `years` are the periods the grid shows (time takes values, not codes). */
export function describeGridLayout(scope: EntryScope, lang: Lang, years: readonly string[]): GridLayout {
  const axis = (id: string): GridAxis => {
    const dimension = scope.table.dimensions.find((d) => d.id === id);
    if (!dimension) throw new Error(`entry layout of ${scope.table.id}: no dimension ${id}`);
    return describeAxis(dimension, lang, years);
  };
  return {
    rows: axis(scope.layout.rows),
    columns: scope.layout.columns.map(axis),
    slices: scope.layout.slices.map(axis),
  };
}

function describeAxis(dimension: DimensionDef, lang: Lang, years: readonly string[]): GridAxis {
  const name = label(dimension.names, lang);
  if (dimension.kind === 'time') {
    return { id: dimension.id, name, codes: years.map((y) => ({ id: y, label: y })), total: null };
  }
  const codes = (getCodelist(dimension.codelist)?.codes ?? [])
    .filter((c) => !c.derived)
    .map((c) => ({ id: c.id, label: label(c.labels, lang) }));
  const total = dimension.hasTotal && codes.some((c) => c.id === TOTAL) ? TOTAL : null;
  const ordered = total
    ? [...codes.filter((c) => c.id === total), ...codes.filter((c) => c.id !== total)]
    : codes;
  return { id: dimension.id, name, codes: ordered, total };
}

/** Years on screen: those with figures, and the last complete year so a new round can start. */
export function listGridYears(keys: Iterable<string>, now = new Date()): string[] {
  const years = new Set<string>([String(now.getUTCFullYear() - 1)]);
  for (const key of keys) years.add(key.slice(key.lastIndexOf('.') + 1));
  return [...years].sort();
}
