// The XLSX download, streamed (exceljs WorkbookWriter): a Data sheet — column ids, names in the
// reader's language, then the rows with flags and notes — and an About sheet with title,
// source, release ids, citation, licence, retrieval time and query URL. Text that a
// spreadsheet would run as a formula is neutralised, as in CSV.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Lang, TableDef } from '../../framework/types.js';
import { neutraliseCell } from '../../sdmx/neutralise-cell.js';
import type { ReleaseInfo } from '../../store/repositories/release-queries.js';
import type { DisclosedObservation } from '../disclosure/disclose-observation.js';
import { aboutLabel, type Citation } from './citation.js';
import { type DownloadCell, downloadColumns } from './download-columns.js';

const SHEETS = {
  data: { en: 'Data', es: 'Datos', fr: 'Données', pt: 'Dados' },
  about: { en: 'About', es: 'Acerca de', fr: 'À propos', pt: 'Sobre' },
};

function safe(cells: DownloadCell[]): DownloadCell[] {
  return cells.map((c) => (typeof c === 'string' ? neutraliseCell(c) : c));
}

export async function writeXlsx(
  out: Writable,
  table: TableDef,
  lang: Lang,
  pages: AsyncIterable<DisclosedObservation[]>,
  cite: (releaseIds: number[]) => Promise<{ citation: Citation; releases: ReleaseInfo[] }>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const data = workbook.addWorksheet(SHEETS.data[lang], { views: [{ state: 'frozen', ySplit: 2 }] });
  const columns = downloadColumns(table, lang);
  const header = data.addRow(columns.ids);
  header.font = { bold: true };
  header.commit();
  const names = data.addRow(columns.names);
  names.font = { italic: true };
  names.commit();
  const releaseIds = new Set<number>();
  for await (const page of pages) {
    for (const obs of page) {
      releaseIds.add(obs.releaseId);
      data.addRow(safe(columns.row(obs))).commit();
    }
  }
  data.commit();
  const { citation } = await cite([...releaseIds]);
  const about = workbook.addWorksheet(SHEETS.about[lang]);
  about.columns = [{ width: 24 }, { width: 110 }];
  for (const field of Object.keys(citation) as (keyof Citation)[]) {
    const row = about.addRow([aboutLabel(field, lang), neutraliseCell(citation[field])]);
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  about.commit();
  await workbook.commit();
}
