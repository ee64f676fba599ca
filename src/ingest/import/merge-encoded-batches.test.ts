import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getTable } from '../../framework/index.js';
import type { TableDef } from '../../framework/types.js';
import { type AcceptedBatch, createAcceptedBatch } from '../pipeline/accepted-batch.js';
import { createKeyCodec } from '../validation/key-codec.js';
import type { LocatedObservation } from '../validation/validate-observations.js';
import { createBatchDecoder, createBatchEncoder } from './encoded-batch.js';
import { mergeEncodedBatches } from './merge-encoded-batches.js';

// Synthetic observations of a survey table (cv and sample size columns), with a note, a status
// other than A and an empty value among them, and codes first seen in the second batch.
const table = getTable('LAB_ACTIVITY') as TableDef;
function located(row: number, sex: string, value: number | null, extra = {}): LocatedObservation {
  return {
    observation: {
      table: table.id,
      key: {
        REF_AREA: 'CHL',
        BIRTHPLACE: 'FB',
        SEX: sex,
        ECON_ACTIVITY: '_T',
        TIME_PERIOD: String(2000 + row),
      },
      value,
      status: value === null ? 'M' : 'A',
      conf: 'F',
      cv: row % 2 ? 1.5 : null,
      sampleN: row,
      ...extra,
    },
    location: { row },
  };
}

const codec = createKeyCodec(table);
function accepted(observations: LocatedObservation[]): AcceptedBatch {
  const order = codec.dimensions.map((_, d) => d);
  const builder = createAcceptedBatch(table.id, codec, order);
  for (const { observation, location } of observations) builder.pushObservation(observation, location);
  return builder.batch;
}

const first = [located(2, 'F', 10), located(3, 'M', null), located(4, 'F', 30, { note: 'break' })];
const second = [located(5, '_T', 40, { status: 'E' }), located(6, 'M', 50, { note: 'revised' })];

test('joined batches decode to the same rows as one batch of all their observations', () => {
  const encode = createBatchEncoder(table);
  const merged = mergeEncodedBatches([encode(accepted(first)), encode(accepted(second))]);
  const whole = createBatchEncoder(table)(accepted([...first, ...second]));
  assert.equal(merged.size, 5);
  assert.deepEqual(merged.notes, [
    [2, 'break'],
    [4, 'revised'],
  ]);
  const decodedMerged = createBatchDecoder(table)(merged).toRows(table, 7);
  const decodedWhole = createBatchDecoder(table)(whole).toRows(table, 7);
  assert.deepEqual(decodedMerged, decodedWhole);
  assert.deepEqual(decodedMerged.attributes, { status: true, conf: false, note: true });
});

test('one batch is passed through unchanged', () => {
  const batch = createBatchEncoder(table)(accepted(first));
  assert.equal(mergeEncodedBatches([batch]), batch);
});
