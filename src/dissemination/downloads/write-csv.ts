// The CSV download: UTF-8 with a byte-order mark (so spreadsheets read accents right), a row
// of column ids then rows of data, quoted per RFC 4180 and with formula-like text neutralised.
import Papa from 'papaparse';
import type { Lang, TableDef } from '../../framework/types.js';
import { FORMULA_START } from '../../sdmx/neutralise-cell.js';
import type { DisclosedObservation } from '../disclosure/disclose-observation.js';
import { type DownloadCell, downloadColumns } from './download-columns.js';

const BOM = '\uFEFF';

function lines(rows: DownloadCell[][]): string {
  return rows.length === 0
    ? ''
    : `${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n`;
}

export async function* writeCsv(
  table: TableDef,
  lang: Lang,
  pages: AsyncIterable<DisclosedObservation[]>,
): AsyncGenerator<string> {
  const columns = downloadColumns(table, lang);
  yield BOM + lines([columns.ids]);
  for await (const page of pages) yield lines(page.map((o) => columns.row(o)));
}
