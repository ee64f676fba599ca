// Build-time only: MIG_INFLOW_PERM for Canada by citizenship from IRCC's monthly admissions of
// permanent residents; a year is the sum of its twelve months (complete years only). IRCC
// rounds every monthly value to a multiple of 5 and shows 0 to 5 as "--" (blank in the copy):
// a year whose months are all suppressed stays empty with status Q, a year with some suppressed
// months is the sum of the published ones: a lower bound, so it is `E` (never `A`) with a note
// giving how many are missing and the upper bound (FRAMEWORK §9). IRCC publishes no total by
// month, so the `_T` row is the sum of the citizenship rows, says so, and is `E` whenever any
// monthly value under it was suppressed.
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { makeObservation } from './extracted-dataset.js';
import { findIrccCitizenshipCode } from './ircc-citizenships.js';

interface YearSum {
  sum: number;
  published: number;
  suppressed: number;
  /** Lines of the monthly CSV (line 1 is the header). */
  lines: number[];
}

/** SOURCE_REF prefix of IRCC's monthly file. */
export const IRCC_REF = 'M';

export const IRCC_TOTAL_NOTE =
  "Sum of the citizenship rows, themselves sums of IRCC's monthly figures rounded to 5 with 0-5 suppressed; " +
  "IRCC's own annual total differs slightly";

export function buildIrccObservations(
  table: TableDef,
  rows: readonly Record<string, string>[],
  years: readonly string[],
): Observation[] {
  const sums = new Map<string, YearSum>(); // "citizenship|year"
  for (const [index, r] of rows.entries()) {
    const year = r.Year ?? '';
    if (!years.includes(year)) continue;
    const citizenship = findIrccCitizenshipCode(r.Country ?? '');
    if (!citizenship) throw new Error(`IRCC country "${r.Country}" has no CL_AREA code`);
    const cell = sums.get(`${citizenship}|${year}`) ?? { sum: 0, published: 0, suppressed: 0, lines: [] };
    sums.set(`${citizenship}|${year}`, cell);
    cell.lines.push(index + 2);
    const value = (r.Admissions ?? '').trim();
    if (value === '') cell.suppressed++;
    else {
      cell.sum += Number(value);
      cell.published++;
    }
  }
  const observations: Observation[] = [];
  const key = (citizenship: string, year: string) => ({
    REF_AREA: 'CAN',
    CITIZENSHIP: citizenship,
    SEX: '_T',
    MIG_CATEGORY: '_T',
    TIME_PERIOD: year,
  });
  for (const year of years) {
    let total = 0;
    let suppressed = 0;
    for (const [id, cell] of [...sums].sort(([a], [b]) => a.localeCompare(b))) {
      const [citizenship = '', cellYear] = id.split('|');
      if (cellYear !== year) continue;
      const [value, extra] = describeYearSum(cell);
      const sourceRef = `${IRCC_REF}:${cell.lines.length === 1 ? 'line' : 'lines'} ${cell.lines.join('+')}`;
      observations.push(makeObservation(table, key(citizenship, year), value, { ...extra, sourceRef }));
      total += cell.sum;
      suppressed += cell.suppressed;
    }
    const totalNote =
      suppressed === 0
        ? { note: IRCC_TOTAL_NOTE }
        : {
            status: ESTIMATED,
            note: `${IRCC_TOTAL_NOTE}. ${suppressed} monthly values suppressed by IRCC (0-5 each) are left out: a lower bound, at most ${(suppressed * MAX_SUPPRESSED).toLocaleString('en-US')} more`,
          };
    const sourceRef = `${IRCC_REF}:rows with Year ${year} (every country)`;
    observations.push(makeObservation(table, key('_T', year), total, { ...totalNote, sourceRef }));
  }
  return observations;
}

/** A sum with suppressed parts is an estimate (a lower bound), never a normal value. */
const ESTIMATED = 'E';
/** IRCC suppresses monthly values from 0 to 5. */
const MAX_SUPPRESSED = 5;

function describeYearSum(cell: YearSum): [number | null, { status?: string; note?: string }] {
  const months = cell.published + cell.suppressed;
  if (cell.published === 0) {
    return [null, { status: 'Q', note: `All ${months} monthly values suppressed by IRCC (0-5 each)` }];
  }
  if (cell.suppressed === 0) return [cell.sum, {}];
  const note = `${cell.suppressed} of ${months} monthly values suppressed by IRCC (0-5 each): sum of the published ones, a lower bound (at most ${cell.suppressed * MAX_SUPPRESSED} more)`;
  return [cell.sum, { status: ESTIMATED, note }];
}
