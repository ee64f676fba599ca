// The store's bulk path (multi-row INSERTs on SQLite, COPY on PostgreSQL) loads exactly the rows
// it is given: every row, in any count (not only whole statements), NULLs kept as NULLs, from
// arrays and from async iterables. Synthetic rows of a draft submission.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getTable } from '../src/framework/index.js';
import type { TableDef } from '../src/framework/types.js';
import { ROWS_PER_STATEMENT } from '../src/store/dialects/sqlite/insert-rows.js';
import { createDraftSubmission } from '../src/store/repositories/submissions.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

const COLUMNS = [
  'submission_id',
  'source_row',
  'table_id',
  'ref_area',
  'time_period',
  'obs_value',
  'obs_note',
];
const table = getTable('MIG_STOCK_FB') as TableDef;

/** Row i: value i (NULL every 7th row), a note every 5th row (NULL otherwise). */
function makeRows(submissionId: number, count: number): unknown[][] {
  return Array.from({ length: count }, (_, i) => [
    submissionId,
    i + 2,
    table.id,
    'CHL',
    String(1990 + (i % 30)),
    i % 7 === 0 ? null : i + 0.5,
    i % 5 === 0 ? `note ${i}` : null,
  ]);
}

async function readBack(t: TestStore, submissionId: number) {
  const rows = await t.store.db
    .selectFrom('staged_observations')
    .select(['submission_id', 'source_row', 'table_id', 'ref_area', 'time_period', 'obs_value', 'obs_note'])
    .where('submission_id', '=', submissionId)
    .orderBy('source_row')
    .execute();
  return rows.map((r) => [
    Number(r.submission_id),
    Number(r.source_row),
    r.table_id,
    r.ref_area,
    r.time_period,
    r.obs_value === null ? null : Number(r.obs_value),
    r.obs_note,
  ]);
}

describe(`bulk insert on ${STORE_KIND}`, () => {
  let t: TestStore;
  before(async () => {
    t = await createTestStore();
  });
  after(async () => t.cleanup());

  const draft = () =>
    createDraftSubmission(t.store.db, { table, refArea: 'CHL', fileSha256: null, origin: 'file' });

  for (const count of [0, 1, ROWS_PER_STATEMENT - 1, ROWS_PER_STATEMENT, 3 * ROWS_PER_STATEMENT + 17]) {
    test(`loads ${count} rows exactly, NULLs included`, async () => {
      const id = await draft();
      const rows = makeRows(id, count);
      const loaded = await t.store.transaction((tx) => tx.bulkInsert('staged_observations', COLUMNS, rows));
      assert.equal(loaded, count);
      assert.deepEqual(await readBack(t, id), rows);
    });
  }

  test('loads rows from an async iterable, in batches that do not fill a statement', async () => {
    const id = await draft();
    const rows = makeRows(id, 2 * ROWS_PER_STATEMENT + 3);
    async function* stream() {
      yield* rows;
    }
    const loaded = await t.store.bulkInsert('staged_observations', COLUMNS, stream());
    assert.equal(loaded, rows.length);
    assert.deepEqual(await readBack(t, id), rows);
  });

  test('several loads in one transaction add up, and a failure rolls all of them back', async () => {
    const id = await draft();
    const rows = makeRows(id, ROWS_PER_STATEMENT + 1);
    await assert.rejects(
      t.store.transaction(async (tx) => {
        await tx.bulkInsert('staged_observations', COLUMNS, rows);
        await tx.bulkInsert('staged_observations', COLUMNS, rows.slice(0, 10));
        // A row naming a submission that does not exist breaks the foreign key.
        await tx.bulkInsert('staged_observations', COLUMNS, [[-1, ...rows[0]!.slice(1)]]);
      }),
    );
    assert.deepEqual(await readBack(t, id), []);
    await t.store.transaction(async (tx) => {
      await tx.bulkInsert('staged_observations', COLUMNS, rows.slice(0, 20));
      await tx.bulkInsert('staged_observations', COLUMNS, rows.slice(20));
    });
    assert.deepEqual(await readBack(t, id), rows);
  });
});
