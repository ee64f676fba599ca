// The reader cuts a file into small batches (a few hundred rows: see read-csv.ts), which keeps
// their objects young; the store prefers large ones (each bulk insert ends with the rows that do
// not fill a multi-row statement, and each batch is a message between threads). Batches already
// encoded — typed arrays, off the garbage-collected heap — are therefore joined before they are
// sent. Consecutive batches of one encoder share its dictionaries, so joining them is
// concatenating their columns and the codes each added, in order.
import type { EncodedBatch, KeyColumn } from './encoded-batch.js';

type NumberArray = Int32Array | Float64Array | Uint16Array;

function concat<T extends NumberArray>(parts: T[]): T {
  const first = parts[0] as T;
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const joined = new (first.constructor as new (n: number) => T)(total);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

/** One batch holding `batches` (consecutive, from one encoder) in order. */
export function mergeEncodedBatches(batches: readonly EncodedBatch[]): EncodedBatch {
  const [first] = batches;
  if (!first) throw new Error('mergeEncodedBatches: no batch');
  if (batches.length === 1) return first;
  const column = (pick: (b: EncodedBatch) => EncodedBatch['status']) => ({
    codes: concat(batches.map((b) => pick(b).codes)),
    added: batches.flatMap((b) => pick(b).added),
  });
  const notes: [number, string][] = [];
  let offset = 0;
  for (const batch of batches) {
    for (const [i, note] of batch.notes) notes.push([i + offset, note]);
    offset += batch.size;
  }
  const optional = (pick: (b: EncodedBatch) => Float64Array | null) =>
    pick(first) ? concat(batches.map((b) => pick(b) as Float64Array)) : null;
  return {
    size: offset,
    rows: concat(batches.map((b) => b.rows)),
    values: concat(batches.map((b) => b.values)),
    keys: first.keys.map((_, d) => {
      const pick = (b: EncodedBatch) => b.keys[d] as KeyColumn;
      return {
        digits: concat(batches.map((b) => pick(b).digits)),
        added: batches.flatMap((b) => pick(b).added),
      };
    }),
    status: column((b) => b.status),
    conf: column((b) => b.conf),
    notes,
    cv: optional((b) => b.cv),
    sampleN: optional((b) => b.sampleN),
  };
}
