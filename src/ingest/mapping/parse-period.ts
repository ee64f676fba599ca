// TIME_PERIOD is a year written YYYY. A spreadsheet may hold it as the number 2020 (or 2020.0
// once through a calculation); anything else is a BAD_PERIOD, never a guess.
import type { Cell } from '../readers/raw-row.js';

const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

export function parsePeriod(cell: Cell): string | undefined {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= FIRST_YEAR && cell <= LAST_YEAR ? String(cell) : undefined;
  }
  const match = /^(\d{4})(?:\.0+)?$/.exec(cell);
  return match ? match[1] : undefined;
}
