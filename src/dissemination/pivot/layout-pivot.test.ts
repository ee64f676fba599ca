import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutPivot, type PivotInput } from './layout-pivot.js';

const ORDER: Record<string, string[]> = {
  AREA: ['CHL', 'ARG'],
  SEX: ['_T', 'F', 'M'],
  AGE: ['_T'],
  TIME: ['2020', '2021'],
};

function observation(area: string, sex: string, time: string, note: string | null = null) {
  return { key: { AREA: area, SEX: sex, AGE: '_T', TIME: time }, note };
}

function input(observations: PivotInput['observations'], rows: string[], cols: string[]): PivotInput {
  return {
    dimensions: ['AREA', 'SEX', 'AGE', 'TIME'],
    observations,
    rows,
    cols,
    orderOf: (id, codes) => {
      const present = new Set(codes);
      return (ORDER[id] ?? []).filter((code) => present.has(code));
    },
  };
}

/** The observation index in each cell, rows × columns, -1 where empty. */
function grid(layout: ReturnType<typeof layoutPivot>): number[][] {
  return layout.rowKeys.map((_, r) => {
    const cells = new Array<number>(layout.colKeys.length).fill(-1);
    for (let e = layout.rowStart[r] as number; e < (layout.rowStart[r + 1] as number); e++) {
      cells[layout.entryCols[e] as number] = layout.entries[e] as number;
    }
    return cells;
  });
}

test('rows and columns follow each dimension’s reading order, not the order rows arrived in', () => {
  const observations = [
    observation('ARG', 'M', '2021'),
    observation('CHL', 'F', '2020', 'Provisional'),
    observation('ARG', 'F', '2020', 'Break in series'),
    observation('CHL', 'M', '2021', 'Provisional'),
    observation('CHL', '_T', '2020'),
  ];
  const layout = layoutPivot(input(observations, ['AREA', 'SEX'], ['TIME']));
  assert.deepEqual(layout.rowDims, ['AREA', 'SEX']);
  assert.deepEqual(layout.colDims, ['TIME']);
  assert.deepEqual(layout.fixed, [{ dimension: 'AGE', code: '_T' }]);
  assert.deepEqual(layout.rowKeys, [
    ['CHL', '_T'],
    ['CHL', 'F'],
    ['CHL', 'M'],
    ['ARG', 'F'],
    ['ARG', 'M'],
  ]);
  assert.deepEqual(layout.colKeys, [['2020'], ['2021']]);
  assert.deepEqual(grid(layout), [
    [4, -1],
    [1, -1],
    [-1, 3],
    [2, -1],
    [-1, 0],
  ]);
  // Numbered in reading order (row by row), each text once.
  assert.deepEqual(layout.notes, ['Provisional', 'Break in series']);
  assert.equal(layout.noteNumbers.get('Break in series'), 2);
});

test('a varying dimension the reader did not place goes to rows; a requested one with one code is fixed', () => {
  const observations = [observation('CHL', 'F', '2020'), observation('CHL', 'M', '2020')];
  const layout = layoutPivot(input(observations, ['AREA'], ['TIME']));
  assert.deepEqual(layout.rowDims, ['SEX']);
  assert.deepEqual(layout.colDims, []);
  assert.deepEqual(
    layout.fixed.map((f) => `${f.dimension}=${f.code}`),
    ['AREA=CHL', 'AGE=_T', 'TIME=2020'],
  );
  assert.deepEqual(layout.colKeys, [[]]);
  assert.deepEqual(grid(layout), [[0], [1]]);
});

test('a dimension asked for on both rows and columns is laid out once, on rows', () => {
  const observations = [observation('CHL', 'F', '2020'), observation('ARG', 'F', '2021')];
  const layout = layoutPivot(input(observations, ['TIME'], ['TIME', 'AREA']));
  assert.deepEqual([layout.rowDims, layout.colDims], [['TIME'], ['AREA']]);
  assert.deepEqual(grid(layout), [
    [0, -1],
    [-1, 1],
  ]);
});

test('an empty selection gives an empty layout, not an error', () => {
  const layout = layoutPivot(input([], ['AREA'], ['TIME']));
  assert.equal(layout.rowKeys.length, 0);
  assert.deepEqual(layout.fixed, []);
  assert.equal(layout.entries.length, 0);
});
