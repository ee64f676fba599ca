// Build-time only: MIG_INFLOW_PERM for Canada by citizenship from IRCC's monthly admissions of
// permanent residents; a year is the sum of its twelve months (complete years only). IRCC
// rounds every monthly value to a multiple of 5 and shows 0 to 5 as "--" (blank in the copy):
// a year whose months are all suppressed stays empty with status Q, a year with some suppressed
// months is the sum of the published ones and says how many are missing. IRCC publishes no
// total by month, so the `_T` row is the sum of the citizenship rows and says so.
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { makeObservation } from './extracted-dataset.js';
import { findIrccCitizenshipCode } from './ircc-citizenships.js';

interface YearSum {
  sum: number;
  published: number;
  suppressed: number;
}

export const IRCC_TOTAL_NOTE =
  "Sum of the citizenship rows, themselves sums of IRCC's monthly figures rounded to 5 with 0-5 suppressed; " +
  "IRCC's own annual total differs slightly";

export function buildIrccObservations(
  table: TableDef,
  rows: readonly Record<string, string>[],
  years: readonly string[],
): Observation[] {
  const sums = new Map<string, YearSum>(); // "citizenship|year"
  for (const r of rows) {
    const year = r.Year ?? '';
    if (!years.includes(year)) continue;
    const citizenship = findIrccCitizenshipCode(r.Country ?? '');
    if (!citizenship) throw new Error(`IRCC country "${r.Country}" has no CL_AREA code`);
    const cell = sums.get(`${citizenship}|${year}`) ?? { sum: 0, published: 0, suppressed: 0 };
    sums.set(`${citizenship}|${year}`, cell);
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
    for (const [id, cell] of [...sums].sort(([a], [b]) => a.localeCompare(b))) {
      const [citizenship = '', cellYear] = id.split('|');
      if (cellYear !== year) continue;
      observations.push(makeObservation(table, key(citizenship, year), ...describeYearSum(cell)));
      total += cell.sum;
    }
    observations.push(makeObservation(table, key('_T', year), total, { note: IRCC_TOTAL_NOTE }));
  }
  return observations;
}

function describeYearSum(cell: YearSum): [number | null, { status?: string; note?: string }] {
  const months = cell.published + cell.suppressed;
  if (cell.published === 0) {
    return [null, { status: 'Q', note: `All ${months} monthly values suppressed by IRCC (0-5 each)` }];
  }
  if (cell.suppressed === 0) return [cell.sum, {}];
  const note = `${cell.suppressed} of ${months} monthly values suppressed by IRCC (0-5 each): sum of the published ones`;
  return [cell.sum, { note }];
}
