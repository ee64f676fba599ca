// What the pipeline reports about the layout it recognised: decisions (header row, long or
// wide, each column's role, the dimensions taken as `_T`), an IGNORED_COLUMN note per column
// that names nothing in the table, and a MISSING_COLUMN error per required column absent.
import type { TableDef } from '../../framework/types.js';
import { createIssue, type IssueLocation } from '../issues/issue.js';
import type { IssueLog } from '../issues/issue-log.js';
import type { ColumnLayout } from '../layout/column-layout.js';
import { recognizeHeader } from '../layout/recognize-header.js';
import { NO_SAVED_MAPPINGS } from '../mapping/saved-mappings.js';
import type { Cell, RawRow } from '../readers/raw-row.js';
import type { ReportDecisions } from '../report/validation-report.js';

export function reportLayout(
  table: TableDef,
  layout: ColumnLayout,
  decisions: ReportDecisions,
  log: IssueLog,
  sheet: string | undefined,
): void {
  decisions.headerRow = layout.headerRow;
  decisions.layout = layout.kind;
  if (layout.wide) decisions.wideDimension = layout.wide.def.id;
  decisions.columns = [
    ...layout.dimensions.map((d) => ({ header: d.column.header, column: d.def.id })),
    ...(layout.measure ? [{ header: layout.measure.header, column: 'OBS_VALUE' }] : []),
    ...layout.attributes.map((a) => ({ header: a.column.header, column: a.def.id })),
    ...(layout.wide?.columns ?? []).map((c) => ({
      header: c.header,
      column: `${layout.wide?.def.id}=${c.code}`,
    })),
  ];
  if (layout.defaults.length > 0) decisions.defaults = layout.defaults;
  const at = (column: string): IssueLocation =>
    sheet === undefined ? { row: layout.headerRow, column } : { row: layout.headerRow, column, sheet };
  for (const ignored of layout.ignored) {
    log.add(createIssue('IGNORED_COLUMN', at(ignored.header), { table: table.id }));
  }
  for (const missing of layout.missing) {
    log.add(createIssue('MISSING_COLUMN', at(missing), { column: missing, table: table.id }));
  }
}

/** No header was recognised: report what the first row lacks, as if it were the header. */
export function reportMissingColumns(
  table: TableDef,
  head: readonly RawRow[],
  country: string | undefined,
  state: { table: TableDef | null; decisions: ReportDecisions },
  log: IssueLog,
): void {
  const first = head[0];
  if (!first) return;
  state.table = table;
  const options = { country, saved: NO_SAVED_MAPPINGS, accept: 'any' as const };
  const layout = recognizeHeader(table, first.row, first.cells, options);
  if (!layout) return;
  reportLayout(table, layout, state.decisions, log, state.decisions.sheet);
}

/** The value cells of the first data rows, from which the decimal mark is decided. */
export function* sampleValueCells(layout: ColumnLayout, rows: readonly RawRow[]): Generator<Cell> {
  const columns = [
    ...(layout.measure ? [layout.measure] : []),
    ...(layout.wide?.columns ?? []),
    ...layout.attributes.filter((a) => a.def.id === 'CV').map((a) => a.column),
  ];
  for (const row of rows) for (const column of columns) yield row.cells[column.index] ?? '';
}
