// Accepted observations cross from the ingest worker to the main thread as typed arrays, moved
// rather than copied: each key dimension, status and confidentiality column is dictionary-
// encoded (a code is sent once, then as its small index), values and rows are numbers. Cloning
// a million row objects instead would cost the main thread — the one inserting — half a second.
import type { TableDef } from '../../framework/types.js';
import type { StagedAttributes } from '../../store/repositories/submissions.js';
import type { LocatedObservation } from '../validation/validate-observations.js';
import type { StageableBatch } from './stageable-batch.js';

interface EncodedColumn {
  codes: Uint16Array;
  /** Codes first seen in this batch, appended to the dictionary in order. */
  added: string[];
}

export interface EncodedBatch {
  size: number;
  rows: Int32Array;
  /** NaN for an empty value. */
  values: Float64Array;
  /** One column per table dimension, in key order. */
  keys: EncodedColumn[];
  status: EncodedColumn;
  conf: EncodedColumn;
  notes: [number, string][];
  cv: Float64Array | null;
  sampleN: Float64Array | null;
}

function createColumnEncoder(): (size: number, valueAt: (i: number) => string) => EncodedColumn {
  const dictionary = new Map<string, number>();
  // Sorted files repeat a code row after row, as the same string: a comparison skips the look-up.
  let lastValue: string | undefined;
  let lastCode = 0;
  return (size, valueAt) => {
    const codes = new Uint16Array(size);
    const added: string[] = [];
    for (let i = 0; i < size; i++) {
      const value = valueAt(i);
      if (value !== lastValue) {
        let code = dictionary.get(value);
        if (code === undefined) {
          code = dictionary.size;
          dictionary.set(value, code);
          added.push(value);
        }
        lastValue = value;
        lastCode = code;
      }
      codes[i] = lastCode;
    }
    return { codes, added };
  };
}

const orNaN = (value: number | null | undefined) =>
  value === null || value === undefined ? Number.NaN : value;

export function createBatchEncoder(table: TableDef): (batch: LocatedObservation[]) => EncodedBatch {
  const ids = table.dimensions.map((d) => d.id);
  const keyEncoders = ids.map(() => createColumnEncoder());
  const [statusEncoder, confEncoder] = [createColumnEncoder(), createColumnEncoder()];
  return (batch) => {
    const size = batch.length;
    const rows = new Int32Array(size);
    const values = new Float64Array(size);
    const notes: [number, string][] = [];
    for (let i = 0; i < size; i++) {
      const { observation, location } = batch[i] as LocatedObservation;
      rows[i] = location.row;
      values[i] = orNaN(observation.value);
      if (observation.note) notes.push([i, observation.note]);
    }
    const at = (i: number) => (batch[i] as LocatedObservation).observation;
    return {
      size,
      rows,
      values,
      keys: keyEncoders.map((encode, d) => encode(size, (i) => at(i).key[ids[d] as string] ?? '')),
      status: statusEncoder(size, (i) => at(i).status),
      conf: confEncoder(size, (i) => at(i).conf),
      notes,
      cv: table.survey ? Float64Array.from(batch, (b) => orNaN(b.observation.cv)) : null,
      sampleN: table.survey ? Float64Array.from(batch, (b) => orNaN(b.observation.sampleN)) : null,
    };
  };
}

/** The buffers to move with a batch. */
export function listTransfers(batch: EncodedBatch): ArrayBuffer[] {
  const arrays = [
    batch.rows,
    batch.values,
    batch.status.codes,
    batch.conf.codes,
    ...batch.keys.map((k) => k.codes),
  ];
  if (batch.cv) arrays.push(batch.cv);
  if (batch.sampleN) arrays.push(batch.sampleN);
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

export function createBatchDecoder(table: TableDef): (batch: EncodedBatch) => StageableBatch {
  const keyDictionaries = table.dimensions.map((): string[] => []);
  const [statuses, confs] = [[] as string[], [] as string[]];
  const timeAt = table.dimensions.findIndex((d) => d.id === 'TIME_PERIOD');
  const breakdowns = table.dimensions.map((_, d) => d).filter((d) => d !== 0 && d !== timeAt);
  return (batch) => {
    batch.keys.forEach((column, d) => {
      keyDictionaries[d]?.push(...column.added);
    });
    statuses.push(...batch.status.added);
    confs.push(...batch.conf.added);
    const code = (d: number, i: number) =>
      (keyDictionaries[d] as string[])[(batch.keys[d] as EncodedColumn).codes[i] as number];
    const notes = new Map(batch.notes);
    return {
      size: batch.size,
      toRows(_table, submissionId, wanted) {
        const statusOf = (i: number) => statuses[batch.status.codes[i] as number] as string;
        const confOf = (i: number) => confs[batch.conf.codes[i] as number] as string;
        const attributes: StagedAttributes = wanted ?? {
          status: batch.status.codes.some((_, i) => statusOf(i) !== 'A'),
          conf: batch.conf.codes.some((_, i) => confOf(i) !== 'F'),
          note: notes.size > 0,
        };
        const rows: unknown[][] = new Array(batch.size);
        for (let i = 0; i < batch.size; i++) {
          const value = batch.values[i] as number;
          const row: unknown[] = [submissionId, batch.rows[i], table.id, code(0, i), code(timeAt, i)];
          for (const d of breakdowns) row.push(code(d, i));
          row.push(Number.isNaN(value) ? null : value);
          if (attributes.status) row.push(statusOf(i));
          if (attributes.conf) row.push(confOf(i));
          if (attributes.note) row.push(notes.get(i) ?? null);
          if (batch.cv && batch.sampleN) row.push(nullIfNaN(batch.cv[i]), nullIfNaN(batch.sampleN[i]));
          rows[i] = row;
        }
        return { attributes, rows };
      },
    };
  };
}

function nullIfNaN(value: number | undefined): number | null {
  return value === undefined || Number.isNaN(value) ? null : value;
}
