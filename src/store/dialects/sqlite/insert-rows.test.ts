import assert from 'node:assert/strict';
import { test } from 'node:test';
import SQLite from 'better-sqlite3';
import {
  createRowInserter,
  hoistedSql,
  ROWS_PER_STATEMENT,
  repeatedColumns,
  rowsPerStatement,
} from './insert-rows.js';

function openMemory() {
  const raw = new SQLite(':memory:');
  raw.exec('create table t (a integer, b text, c real)');
  return raw;
}

test('a statement takes 50 rows, fewer when the rows are too wide for SQLite’s bound-value limit', () => {
  assert.equal(rowsPerStatement(9), ROWS_PER_STATEMENT);
  assert.equal(rowsPerStatement(1000), 32);
  assert.equal(rowsPerStatement(40000), 1);
});

test('inserts a row count that is not a multiple of the statement size, in order, NULLs kept', async () => {
  const raw = openMemory();
  const rows = Array.from({ length: 2 * ROWS_PER_STATEMENT + 7 }, (_, i) => [
    i,
    i % 3 === 0 ? null : `r${i}`,
    i % 4 === 0 ? null : i / 2,
  ]);
  const count = await createRowInserter(raw)('t', ['a', 'b', 'c'], rows);
  assert.equal(count, rows.length);
  const back = raw.prepare('select a, b, c from t order by rowid').raw().all();
  assert.deepEqual(back, rows);
});

test('reuses its statements across calls and columns subsets', async () => {
  const raw = openMemory();
  const insert = createRowInserter(raw);
  await insert('t', ['a'], [[1], [2]]);
  await insert('t', ['a', 'c'], [[3, 1.5]]);
  await insert('t', ['a'], [[4]]);
  assert.deepEqual(raw.prepare('select a, b, c from t order by a').raw().all(), [
    [1, null, null],
    [2, null, null],
    [3, null, 1.5],
    [4, null, null],
  ]);
});

test('refuses a row whose length does not match the columns rather than shift its values', async () => {
  const raw = openMemory();
  await assert.rejects(createRowInserter(raw)('t', ['a', 'b'], [[1, 'x'], [2]]), /a row has 1 values for 2/);
});

test('finds the columns that repeat one value in every row of a group', () => {
  // Three rows of four columns: a and c repeat, b differs, d is NaN throughout.
  const values = [1, 'x', 0, Number.NaN, 1, 'y', 0, Number.NaN, 1, 'x', 0, Number.NaN];
  assert.equal(repeatedColumns(values, 4, 3), 0b1101);
  // 0 and -0 are not the same value, nor 1 and '1'.
  assert.equal(repeatedColumns([0, 1, -0, '1'], 2, 2), 0);
  assert.equal(repeatedColumns([5, 6], 2, 1), 0b11);
});

test('binds a repeated column once: the SQL puts it first and the rest in a VALUES list', () => {
  assert.equal(
    hoistedSql('t', ['a', 'b', 'c'], 2, 0b010),
    'insert into "t" ("b","a","c") select ?, * from (values (?,?),(?,?))',
  );
});

test('inserts groups whose columns repeat, change which repeat, or repeat entirely, as given', async () => {
  const raw = openMemory();
  const n = 4 * ROWS_PER_STATEMENT + 3;
  const rows = Array.from({ length: n }, (_, i) => {
    const group = Math.floor(i / ROWS_PER_STATEMENT);
    if (group === 0) return [7, 'same', i / 4]; // a and b repeat
    if (group === 1) return [i, 'same', 2.5]; // b and c repeat
    if (group === 2) return [9, 'all', 1]; // identical rows
    return [i, i % 2 ? null : `r${i}`, i % 3 ? null : i]; // nothing repeats
  });
  const count = await createRowInserter(raw)('t', ['a', 'b', 'c'], rows);
  assert.equal(count, n);
  assert.deepEqual(raw.prepare('select a, b, c from t order by rowid').raw().all(), rows);
  // The columns' affinities apply as in a plain INSERT … VALUES (a number bound for the text
  // column, whole numbers for the real one): the same stored values and types.
  raw.exec('delete from t; create table u (a integer, b text, c real)');
  const typed = Array.from({ length: ROWS_PER_STATEMENT }, (_, i) => [i, 42, 3]);
  await createRowInserter(raw)('t', ['a', 'b', 'c'], typed);
  const plain = raw.prepare('insert into u (a, b, c) values (?, ?, ?)');
  for (const row of typed) plain.run(row);
  const read = (table: string) =>
    raw.prepare(`select typeof(a), a, typeof(b), b, typeof(c), c from ${table} order by rowid`).raw().all();
  assert.deepEqual(read('t'), read('u'));
});
