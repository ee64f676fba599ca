// Totals checked live as the reader types: for a total cell, the sum of its parts along each
// dimension that has a total (origins down the rows, sexes within a year). A part that is
// empty (suppressed, not collected) makes the sum unknowable, as the server's rule says.
import type { CellContent, GridAxis } from './entry-types';
import type { GridModel } from './grid-model';

export interface PartsSum {
  sum: number;
  parts: number;
  blocked: boolean;
}

export type ReadCell = (key: string) => CellContent | undefined;

/** The sums of parts the cell at (row, column) is the total of, one per dimension. */
export function sumPartsOf(
  model: GridModel,
  axes: { rows: GridAxis; columns: readonly GridAxis[] },
  row: number,
  column: number,
  read: ReadCell,
): PartsSum[] {
  const sums: PartsSum[] = [];
  if (model.rows[row]?.id === axes.rows.total && axes.rows.total) {
    const others = model.rows.map((_, r) => r).filter((r) => r !== row);
    sums.push(addUp(others.map((r) => read(model.keyOf(r, column)))));
  }
  const codes = model.columns[column]?.codes ?? [];
  axes.columns.forEach((axis, depth) => {
    if (!axis.total || codes[depth]?.id !== axis.total) return;
    const siblings = model.columns
      .map((c, i) => ({ c, i }))
      .filter(
        ({ c, i }) =>
          i !== column &&
          c.codes.every((code, d) => (d === depth ? code.id !== axis.total : code.id === codes[d]?.id)),
      );
    sums.push(addUp(siblings.map(({ i }) => read(model.keyOf(row, i)))));
  });
  return sums;
}

function addUp(cells: (CellContent | undefined)[]): PartsSum {
  let sum = 0;
  let parts = 0;
  let blocked = false;
  for (const cell of cells) {
    if (!cell) continue;
    if (cell.value === null) blocked = true;
    else {
      sum += cell.value;
      parts += 1;
    }
  }
  return { sum, parts, blocked };
}

/** The typed total and its parts disagree (exactly: the server judges the tolerance). */
export function isTotalMismatch(
  total: CellContent | undefined,
  sums: readonly PartsSum[],
): PartsSum | undefined {
  if (!total || total.value === null) return undefined;
  const value = total.value;
  return sums.find((s) => s.parts > 0 && !s.blocked && Math.abs(s.sum - value) > 1e-9 * Math.max(1, value));
}
