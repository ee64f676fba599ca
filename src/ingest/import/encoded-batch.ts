// Accepted observations cross from the ingest worker to the main thread as typed arrays, moved
// rather than copied: each key dimension goes as its digits (key-codec.ts: a code's position in
// its list), with the codes of digits first seen in the batch; status and confidentiality are
// dictionary-encoded (a code is sent once, then as its small index); values and rows are
// numbers. Cloning a million row objects instead would cost the main thread — the one
// inserting — half a second.
import type { TableDef } from '../../framework/types.js';
import type { StagedAttributes } from '../../store/repositories/submissions.js';
import type { AcceptedBatch } from '../pipeline/accepted-batch.js';
import type { StageableBatch } from './stageable-batch.js';

interface EncodedColumn {
  codes: Uint16Array;
  /** Codes first seen in this batch, appended to the dictionary in order. */
  added: string[];
}

export interface KeyColumn {
  digits: Uint16Array;
  /** [digit, code] for the digits first seen in this batch. */
  added: [number, string][];
}

export interface EncodedBatch {
  size: number;
  rows: Int32Array;
  /** NaN for an empty value. */
  values: Float64Array;
  /** One column per table dimension, in key order. */
  keys: KeyColumn[];
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

/** A key dimension's digits as they are, and the code of each digit the first time it goes. */
function createKeyEncoder(radix: number, codeOf: (digit: number) => string) {
  const sent = new Uint8Array(radix);
  return (column: Uint16Array, size: number): KeyColumn => {
    const digits = column.slice(0, size);
    const added: [number, string][] = [];
    for (let i = 0; i < size; i++) {
      const digit = digits[i] as number;
      if (sent[digit]) continue;
      sent[digit] = 1;
      added.push([digit, codeOf(digit)]);
    }
    return { digits, added };
  };
}

export function createBatchEncoder(table: TableDef): (batch: AcceptedBatch) => EncodedBatch {
  let keyEncoders: ReturnType<typeof createKeyEncoder>[] | undefined;
  const [statusEncoder, confEncoder] = [createColumnEncoder(), createColumnEncoder()];
  return (batch) => {
    const { size, codec } = batch;
    keyEncoders ??= codec.dimensions.map((_, d) =>
      createKeyEncoder(codec.radix(d), (digit) => codec.codeOf(d, digit)),
    );
    const encoders = keyEncoders;
    return {
      size,
      rows: batch.rows.slice(0, size),
      values: batch.values.slice(0, size),
      keys: batch.digits.map((digits, d) => (encoders[d] as (typeof encoders)[number])(digits, size)),
      status: statusEncoder(size, (i) => batch.status[i] as string),
      conf: confEncoder(size, (i) => batch.conf[i] as string),
      notes: batch.notes.map(([i, note]): [number, string] => [i, note]),
      cv: table.survey ? batch.cv.slice(0, size) : null,
      sampleN: table.survey ? batch.sampleN.slice(0, size) : null,
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
    ...batch.keys.map((k) => k.digits),
  ];
  if (batch.cv) arrays.push(batch.cv);
  if (batch.sampleN) arrays.push(batch.sampleN);
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

export function createBatchDecoder(table: TableDef): (batch: EncodedBatch) => StageableBatch {
  // By digit: a sparse array, each code at its position in its list.
  const keyDictionaries = table.dimensions.map((): string[] => []);
  const [statuses, confs] = [[] as string[], [] as string[]];
  const timeAt = table.dimensions.findIndex((d) => d.id === 'TIME_PERIOD');
  const breakdowns = table.dimensions.map((_, d) => d).filter((d) => d !== 0 && d !== timeAt);
  return (batch) => {
    batch.keys.forEach((column, d) => {
      const dictionary = keyDictionaries[d] as string[];
      for (const [digit, code] of column.added) dictionary[digit] = code;
    });
    statuses.push(...batch.status.added);
    confs.push(...batch.conf.added);
    const code = (d: number, i: number) =>
      (keyDictionaries[d] as string[])[(batch.keys[d] as KeyColumn).digits[i] as number];
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
