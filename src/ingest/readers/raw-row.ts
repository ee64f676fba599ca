// What every reader produces: rows of cells in file order, each with the row number a
// spreadsheet shows (header row = 1; for CSV, the line where the record starts). A cell is
// text, or a number when the spreadsheet stored one; an empty cell is ''.
export type Cell = string | number;

export interface RawRow {
  row: number;
  cells: Cell[];
}

/** How a reader read the file; reported back so the correspondent can check our guesses. */
export interface ReadDecisions {
  format: 'csv' | 'xlsx' | 'sdmx-csv';
  /** SDMX-CSV version, '1.0' or '2.0'. */
  formatVersion?: string;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  /** Other sheets the workbook has, which were not read. */
  otherSheets?: string[];
}

/** A reader, once it has looked at the file: its decisions and a stream of row batches. */
export interface OpenedRows {
  decisions: ReadDecisions;
  /** Batches of rows; ends early (after logging an issue) when the file turns out unreadable. */
  batches: AsyncIterable<RawRow[]>;
  /** A SICREMI template names its table, country and layout in a hidden sheet. */
  identity?: TemplateIdentity;
}

export interface TemplateIdentity {
  table?: string;
  country?: string;
  layout?: 'long' | 'wide';
}

export function isBlankRow(cells: readonly Cell[]): boolean {
  for (const cell of cells) if (cell !== '') return false;
  return true;
}
