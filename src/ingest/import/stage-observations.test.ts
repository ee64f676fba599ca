import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getTable } from '../../framework/index.js';
import type { TableDef } from '../../framework/types.js';
import { ROWS_PER_STATEMENT } from '../../store/dialects/sqlite/insert-rows.js';
import type { StagedAttributes } from '../../store/repositories/submissions.js';
import type { StoreTx } from '../../store/store.js';
import { stageObservations } from './stage-observations.js';
import type { StageableBatch } from './stageable-batch.js';

const table = getTable('MIG_STOCK_FB') as TableDef;

/** A batch of `size` rows numbered from `first`, with or without a status column. */
function batch(first: number, size: number, status: boolean): StageableBatch {
  const attributes: StagedAttributes = { status, conf: false, note: false };
  return {
    size,
    toRows: (_table, submissionId) => ({
      attributes,
      rows: Array.from({ length: size }, (_, i) => {
        const row = [submissionId, first + i, table.id, 'CHL', '2020', 'VEN', 'F', '_T', i];
        return status ? [...row, 'E'] : row;
      }),
    }),
  };
}

test('on SQLite, rows past the last whole statement wait for the next batch with the same columns', async () => {
  const calls: { columns: number; rows: unknown[][] }[] = [];
  const tx = {
    bulkInsert: async (_table: string, columns: readonly string[], rows: unknown[][]) => {
      calls.push({ columns: columns.length, rows: [...rows] });
      return rows.length;
    },
  } as unknown as StoreTx;
  const batches = [batch(0, 120, false), batch(120, 75, false), batch(195, 30, true), batch(225, 10, true)];
  async function* all() {
    yield* batches;
  }
  const count = await stageObservations(tx, 'sqlite', table, 7, all(), () => false);
  assert.equal(count, 235);
  // Every row once, in order, each with its own batch's columns.
  const staged = calls.flatMap((call) => call.rows);
  assert.deepEqual(
    staged.map((row) => row[1]),
    Array.from({ length: 235 }, (_, i) => i),
  );
  for (const call of calls) for (const row of call.rows) assert.equal(row.length, call.columns);
  // Whole statements but at a change of columns and at the end.
  assert.deepEqual(
    calls.map((call) => call.rows.length),
    [2 * ROWS_PER_STATEMENT, ROWS_PER_STATEMENT, 195 - 3 * ROWS_PER_STATEMENT, 40],
  );
});
