import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getTable } from '../../framework/index.js';
import { CellIndex } from '../data/cell-index.js';
import type { ReportData } from '../data/load-report-data.js';
import type { ReportCell } from '../data/report-data-source.js';
import { assembleLabourFigures, WORKING_AGE_GROUPS } from './labour-figures.js';

function cells(overrides: Partial<Record<string, Partial<ReportCell>>> = {}): ReportCell[] {
  const out: ReportCell[] = [];
  const per = { FB: { EMP: 70, UNE: 10, _T: 100 }, NB: { EMP: 60, UNE: 5, _T: 100 } };
  for (const [birthplace, values] of Object.entries(per)) {
    for (const age of WORKING_AGE_GROUPS) {
      for (const [status, value] of Object.entries(values)) {
        const key = {
          REF_AREA: 'URY',
          BIRTHPLACE: birthplace,
          SEX: '_T',
          AGE: age,
          EDUCATION: '_T',
          LF_STATUS: status,
          TIME_PERIOD: '2023',
        };
        const id = `${birthplace}|${age}|${status}`;
        out.push({ key, value, status: 'A', conf: 'F', note: null, releaseId: 1, ...overrides[id] });
      }
    }
  }
  return out;
}

function dataOf(labourCells: ReportCell[]): ReportData {
  return { labour: new CellIndex(getTable('LAB_STATUS')!, labourCells) } as unknown as ReportData;
}

test('computes 15–64 rates from the ten-year groups and the gaps in points', () => {
  const labour = assembleLabourFigures(dataOf(cells()), 'URY')!;
  const employment = labour.rates.EMPLOYMENT_RATE._T;
  assert.equal(employment.foreignBorn?.value, 70);
  assert.equal(employment.nativeBorn?.value, 60);
  assert.equal(employment.gap?.value, 10);
  assert.equal(labour.rates.UNEMPLOYMENT_RATE._T.foreignBorn?.value, 12.5);
});

test('does not compute a rate from a suppressed input, and carries flags', () => {
  const labour = assembleLabourFigures(
    dataOf(
      cells({ 'FB|Y25T34|EMP': { value: null, status: 'Q', conf: 'C' }, 'NB|Y15T24|EMP': { status: 'E' } }),
    ),
    'URY',
  )!;
  const employment = labour.rates.EMPLOYMENT_RATE._T;
  assert.equal(employment.foreignBorn?.value, null);
  assert.equal(employment.foreignBorn?.suppressed, true);
  assert.equal(employment.gap?.value, null);
  assert.deepEqual(employment.nativeBorn?.flags, ['E']);
});
