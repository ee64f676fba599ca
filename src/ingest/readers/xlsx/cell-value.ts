// An Excel cell as the correspondent sees it: a formula gives its cached result, rich text its
// plain text, a hyperlink its text, an error its code (#N/A). Text is trimmed; a missing or
// empty cell is ''.
import type ExcelJS from 'exceljs';
import type { Cell } from '../raw-row.js';

export function toCell(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value) return toCell(value.result as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  if ('text' in value) return typeof value.text === 'string' ? value.text.trim() : '';
  return '';
}

/** exceljs rows are 1-based sparse arrays; cells[0] is column A. */
export function toCells(values: ExcelJS.CellValue[] | Record<string, ExcelJS.CellValue>): Cell[] {
  if (!Array.isArray(values)) return [];
  const cells: Cell[] = new Array(Math.max(0, values.length - 1));
  for (let i = 1; i < values.length; i++) cells[i - 1] = toCell(values[i]);
  return cells;
}
