// The XLSX benchmark's input: the long CSV's first 200,000 rows (25 years) written as a
// workbook with exceljs's streaming writer, shared strings on, as Excel would save it.

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import ExcelJS from 'exceljs';

export async function generateXlsx(csvPath: string, xlsxPath: string, rows: number): Promise<number> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxPath, useSharedStrings: true });
  const sheet = book.addWorksheet('Datos');
  let written = -1; // the header is not a data row
  for await (const line of createInterface({ input: createReadStream(csvPath) })) {
    if (written >= rows) break;
    const cells = line.split('","').map((cell) => cell.replace(/"/g, ''));
    sheet
      .addRow(written < 0 ? cells : cells.map((cell, i) => (i === 1 || i === 5 ? Number(cell) : cell)))
      .commit();
    written++;
  }
  sheet.commit();
  await book.commit();
  return written;
}
