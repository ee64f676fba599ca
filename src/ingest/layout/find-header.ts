// The header is the first row, among the first rows of a sheet, that names enough of the
// table's columns; everything above it (titles, blank lines, a logo's alt text) is skipped.
import type { TableDef } from '../../framework/types.js';
import type { RawRow } from '../readers/raw-row.js';
import type { ColumnLayout } from './column-layout.js';
import { type HeaderOptions, recognizeHeader } from './recognize-header.js';

/** How many rows may sit above the header. */
export const HEADER_SEARCH_ROWS = 30;

export interface FoundHeader {
  layout: ColumnLayout;
  /** Position of the header row in `rows`. */
  at: number;
}

export function findHeader(
  table: TableDef,
  rows: readonly RawRow[],
  options: HeaderOptions,
): FoundHeader | undefined {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let at = 0; at < limit; at++) {
    const row = rows[at] as RawRow;
    const layout = recognizeHeader(table, row.row, row.cells, options);
    if (layout) return { layout, at };
  }
  return undefined;
}
