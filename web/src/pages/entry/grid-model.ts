// The grid on screen: which rows and columns show for the chosen slice, and the full cell key
// of each position. Keys run in the table's dimension order (REF_AREA first, TIME_PERIOD last),
// which the layout's axes do not follow, so every key is assembled from a {dimension: code} map.
import type { AxisCode, EntryGridResponse, GridAxis } from './entry-types';

export interface GridColumn {
  /** Code per column dimension, outermost first. */
  codes: AxisCode[];
  /** Index of the column within its outer group (0 = first of its year). */
  groupIndex: number;
}

export interface GridModel {
  rows: AxisCode[];
  columns: GridColumn[];
  keyOf(row: number, column: number): string;
  /** Row and column of a key in this slice, or undefined when it is elsewhere or hidden. */
  positionOf(key: string): { row: number; column: number } | undefined;
}

export interface GridView {
  /** Slice dimension → chosen code. */
  slice: Record<string, string>;
  /** Rows the reader added (codes), shown even while empty. */
  addedRows: readonly string[];
  /** Years the reader added. */
  addedYears: readonly string[];
}

export function buildGridModel(
  grid: Pick<EntryGridResponse, 'layout' | 'country'>,
  dimensionOrder: readonly string[],
  usedKeys: Iterable<string>,
  view: GridView,
): GridModel {
  const { layout } = grid;
  const parse = (key: string) => Object.fromEntries(key.split('.').map((c, i) => [dimensionOrder[i], c]));
  const inSlice = (codes: Record<string, string | undefined>) =>
    layout.slices.every((s) => codes[s.id] === (view.slice[s.id] ?? defaultSliceCode(s)));
  const used = new Set<string>(view.addedRows);
  const years = new Set<string>(view.addedYears);
  for (const key of usedKeys) {
    const codes = parse(key);
    years.add(codes.TIME_PERIOD ?? '');
    if (inSlice(codes)) used.add(codes[layout.rows.id] ?? '');
  }
  // The total row always shows; other rows when they hold a figure or were added.
  const rows = layout.rows.codes.filter((c) => c.id === layout.rows.total || used.has(c.id));
  const axes = layout.columns.map((axis) =>
    axis.id === 'TIME_PERIOD' ? withYears(axis, years) : axis.codes,
  );
  const columns = crossColumns(axes);
  const keyOf = (row: number, column: number) => {
    const codes: Record<string, string> = { REF_AREA: grid.country };
    codes[layout.rows.id] = rows[row]?.id ?? '';
    layout.columns.forEach((axis, i) => {
      codes[axis.id] = columns[column]?.codes[i]?.id ?? '';
    });
    for (const s of layout.slices) codes[s.id] = view.slice[s.id] ?? defaultSliceCode(s);
    return dimensionOrder.map((d) => codes[d] ?? '').join('.');
  };
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const columnIndex = new Map(columns.map((c, i) => [c.codes.map((x) => x.id).join('.'), i]));
  return {
    rows,
    columns,
    keyOf,
    positionOf(key) {
      const codes = parse(key);
      if (!inSlice(codes)) return undefined;
      const row = rowIndex.get(codes[layout.rows.id] ?? '');
      const column = columnIndex.get(layout.columns.map((a) => codes[a.id]).join('.'));
      return row === undefined || column === undefined ? undefined : { row, column };
    },
  };
}

export function defaultSliceCode(axis: GridAxis): string {
  return axis.total ?? axis.codes[0]?.id ?? '';
}

/** The slice a key belongs to, for jumping to a cell that is in another one. */
export function sliceOfKey(
  key: string,
  dimensionOrder: readonly string[],
  slices: readonly GridAxis[],
): Record<string, string> {
  const codes = key.split('.');
  return Object.fromEntries(slices.map((s) => [s.id, codes[dimensionOrder.indexOf(s.id)] ?? '']));
}

function withYears(axis: GridAxis, years: ReadonlySet<string>): AxisCode[] {
  const all = new Set([...axis.codes.map((c) => c.id), ...years]);
  return [...all]
    .filter((y) => /^\d{4}$/.test(y))
    .sort()
    .map((id) => ({ id, label: id }));
}

function crossColumns(axes: readonly AxisCode[][]): GridColumn[] {
  let out: GridColumn[] = [{ codes: [], groupIndex: 0 }];
  axes.forEach((codes, depth) => {
    out = out.flatMap((column) =>
      codes.map((code, i) => ({
        codes: [...column.codes, code],
        groupIndex: depth === 0 ? 0 : depth === axes.length - 1 ? i : column.groupIndex,
      })),
    );
  });
  return out;
}

/** "Venezuela · 2024 · Female": a key named by its labels, for the issue list. */
export function describeGridKey(
  grid: Pick<EntryGridResponse, 'layout'>,
  dimensionOrder: readonly string[],
  key: string,
): string {
  const codes = key.split('.');
  const name = (axis: GridAxis) => {
    const code = codes[dimensionOrder.indexOf(axis.id)] ?? '';
    return axis.codes.find((c) => c.id === code)?.label ?? code;
  };
  const { rows, columns, slices } = grid.layout;
  const sliced = slices.filter((s) => codes[dimensionOrder.indexOf(s.id)] !== s.total);
  return [rows, ...columns, ...sliced].map(name).join(' · ');
}
