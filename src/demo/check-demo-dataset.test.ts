import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getTable } from '../framework/index.js';
import type { Observation } from '../framework/observation.js';
import { listDemoDatasetProblems } from './check-demo-dataset.js';

const table = getTable('MIG_STOCK_FB')!;

function stock(birth: string, sex: string, value: number | null, status = 'A'): Observation {
  const key = { REF_AREA: 'ARG', COUNTRY_OF_BIRTH: birth, SEX: sex, AGE: '_T', TIME_PERIOD: '2019' };
  return { table: table.id, key, value, status, conf: 'F' };
}

test('accepts origins and an unknown remainder that add up to the total', () => {
  const observations = [
    stock('_T', '_T', 10),
    stock('_T', 'F', 6),
    stock('_T', 'M', 4),
    stock('BOL', '_T', 7),
    stock('_U', '_T', 3),
  ];
  assert.deepEqual(listDemoDatasetProblems(table, observations), []);
});

test('reports parts that do not add up, codes outside the code list and empty values without a reason', () => {
  const problems = listDemoDatasetProblems(table, [
    stock('_T', '_T', 10),
    stock('BOL', '_T', 7),
    stock('XYZ', 'F', 1),
    stock('PRY', 'M', null),
  ]);
  assert.ok(problems.some((p) => p.includes('COUNTRY_OF_BIRTH parts add to 7, total is 10')));
  assert.ok(problems.some((p) => p.includes('COUNTRY_OF_BIRTH "XYZ" is not in CL_AREA')));
  assert.ok(problems.some((p) => p.includes('empty value with status A')));
});

test('reports a cell that appears twice and a value that is not a whole number of persons', () => {
  const problems = listDemoDatasetProblems(table, [stock('_T', '_T', 10.5), stock('_T', '_T', 10)]);
  assert.ok(problems.some((p) => p.includes('appears twice')));
  assert.ok(problems.some((p) => p.includes('10.5 is not a whole number')));
});
