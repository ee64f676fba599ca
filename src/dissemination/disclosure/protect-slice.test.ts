import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getTable } from '../../framework/index.js';
import type { Observation } from '../../framework/observation.js';
import { cellKeyOf } from './cell-key.js';
import { protectSlice } from './protect-slice.js';

// SYNTHETIC TEST DATA: one slice of the asylum table by sex (F + M + _U = _T).
const ASYLUM = getTable('MIG_ASYLUM')!;
const LAB = getTable('LAB_ACTIVITY')!;

function asylum(sex: string, value: number, conf = 'F'): Observation {
  const key = { REF_AREA: 'CHL', CITIZENSHIP: 'VEN', SEX: sex, ASYLUM_STAGE: 'NEW_APP', TIME_PERIOD: '2020' };
  return { table: ASYLUM.id, key, value, status: 'A', conf };
}

function protectedKeys(cells: Observation[], table = ASYLUM, dimension = 'SEX') {
  const protection = protectSlice(table, cells);
  return cells
    .filter((c) => protection.has(cellKeyOf(c, table)))
    .map((c) => `${c.key[dimension]}:${protection.get(cellKeyOf(c, table))!.kind}`);
}

describe('disclosure control of one slice (FRAMEWORK §8)', () => {
  test('a slice without confidential cells is published as it is', () => {
    assert.deepEqual(protectedKeys([asylum('F', 10), asylum('M', 20), asylum('_T', 30)]), []);
  });

  test('suppresses a C cell and the next smallest cell of its group', () => {
    const cells = [asylum('F', 40), asylum('M', 7, 'C'), asylum('_U', 3), asylum('_T', 50)];
    assert.deepEqual(protectedKeys(cells), ['M:primary', '_U:secondary']);
  });

  test('N and sender-D cells are primary too; two suppressed cells need no partner', () => {
    const cells = [asylum('F', 40, 'N'), asylum('M', 7, 'D'), asylum('_U', 3), asylum('_T', 50)];
    assert.deepEqual(protectedKeys(cells), ['F:primary', 'M:primary']);
  });

  test('when no other part can hide it, the total is suppressed instead', () => {
    const cells = [asylum('F', 40, 'C'), asylum('_T', 40)];
    assert.deepEqual(protectedKeys(cells), ['F:primary', '_T:secondary']);
  });

  test('a total that is itself unpublished protects nothing and needs nothing', () => {
    const cells = [asylum('F', 40, 'C'), asylum('M', 10), asylum('_T', 50, 'C')];
    assert.deepEqual(protectedKeys(cells), ['F:primary', '_T:primary']);
  });

  test('survey cells: CV above 33.3 % or n below 10 are suppressed', () => {
    const lab = (activity: string, value: number, cv?: number, n?: number): Observation => ({
      table: LAB.id,
      key: { REF_AREA: 'CHL', BIRTHPLACE: 'FB', SEX: '_T', ECON_ACTIVITY: activity, TIME_PERIOD: '2020' },
      value,
      status: 'A',
      conf: 'F',
      cv: cv ?? null,
      sampleN: n ?? null,
    });
    const cells = [
      lab('A', 5, 40),
      lab('B', 8, 5, 6),
      lab('C', 30, 10, 400),
      lab('D', 2, 20, 50),
      lab('_T', 45),
    ];
    assert.deepEqual(protectedKeys(cells, LAB, 'ECON_ACTIVITY'), ['A:primary', 'B:primary']);
  });
});
