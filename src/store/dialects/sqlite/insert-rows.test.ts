import assert from 'node:assert/strict';
import { test } from 'node:test';
import SQLite from 'better-sqlite3';
import { createRowInserter, ROWS_PER_STATEMENT, rowsPerStatement } from './insert-rows.js';

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
