import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { IngestContextSource } from '../pipeline/ingest-context.js';
import { readSubmissionInWorker } from './read-in-worker.js';

const FIXTURE = new URL('../../../test/fixtures/ingest/occupation-cp1252.csv', import.meta.url);
const context: IngestContextSource = { listCodeMappings: async () => [], listPublished: async () => [] };

test('a clean file read in the worker stays clean after the worker exits', async () => {
  const bytes = readFileSync(FIXTURE);
  const reading = readSubmissionInWorker(
    bytes,
    'occupation-cp1252.csv',
    { table: 'LAB_OCCUPATION', country: 'COL', limits: {}, mappings: [] },
    context,
  );
  try {
    let rows = 0;
    for (let next = await reading.batches.next(); !next.done; next = await reading.batches.next())
      rows += next.value.size;
    assert.equal(rows, 27);
    // The worker exits once it has sent its report; its exit is no failure of the file (it
    // once turned a clean file's import into an empty staged submission on PostgreSQL).
    await sleep(300);
    assert.equal(reading.hasErrors(), false);
    assert.equal(reading.report().summary.errors, 0);
    assert.deepEqual(reading.target(), { table: 'LAB_OCCUPATION', country: 'COL' });
  } finally {
    await reading.close();
  }
});

test('a worker closed before it starts is never left running', async () => {
  const reading = readSubmissionInWorker(
    readFileSync(FIXTURE),
    'occupation-cp1252.csv',
    { table: 'LAB_OCCUPATION', country: 'COL', limits: {}, mappings: [] },
    context,
  );
  await reading.close();
});
