// Build-time only (scripts/extract-demo-data.ts): a worksheet as plain rows. Formulas give
// their cached result and rich text its plain text, so callers see what the publisher shows.
import ExcelJS from 'exceljs';

export type PlainCell = string | number | null;

/** Rows of `sheet`, row 1 first; each row is indexed by column (0 = column A). */
export async function readXlsxRows(path: string, sheet: string): Promise<PlainCell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const worksheet = workbook.getWorksheet(sheet);
  if (!worksheet) throw new Error(`${path}: no worksheet "${sheet}"`);
  const rows: PlainCell[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: PlainCell[] = [];
    for (let c = 1; c <= worksheet.columnCount; c++) cells.push(toPlainCell(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

export function toPlainCell(value: ExcelJS.CellValue): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return toPlainCell(value.result as ExcelJS.CellValue);
  if ('text' in value) return typeof value.text === 'string' ? value.text : null;
  return null;
}
