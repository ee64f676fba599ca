// A sheet's row batches with a look-ahead: the pipeline peeks at the first rows (to find the
// header and decide the decimal mark) and then reads everything, those rows included, in order.
// Blank rows are dropped here, once.
import { isBlankRow, type RawRow } from '../readers/raw-row.js';

export interface RowStream {
  /** Reads ahead until `count` rows are buffered or the sheet ends; returns the buffer. */
  peek(count: number): Promise<readonly RawRow[]>;
  /** Drops the first `count` buffered rows (the title and header rows). */
  skip(count: number): void;
  /** Every row not skipped, buffered ones first, in batches. */
  batches(): AsyncGenerator<RawRow[]>;
}

export function createRowStream(source: AsyncIterable<RawRow[]>): RowStream {
  const iterator = source[Symbol.asyncIterator]();
  let buffered: RawRow[] = [];
  let done = false;
  const pull = async (): Promise<RawRow[] | undefined> => {
    if (done) return undefined;
    const next = await iterator.next();
    if (next.done) {
      done = true;
      return undefined;
    }
    return next.value.filter((row) => !isBlankRow(row.cells));
  };
  return {
    async peek(count) {
      while (buffered.length < count) {
        const batch = await pull();
        if (!batch) break;
        for (const row of batch) buffered.push(new BufferedRow(row.row, row.cells.slice()));
      }
      return buffered;
    },
    skip(count) {
      buffered = buffered.slice(count);
    },
    async *batches() {
      if (buffered.length > 0) yield buffered;
      buffered = [];
      for (let batch = await pull(); batch; batch = await pull()) if (batch.length > 0) yield batch;
    },
  };
}

/**
 * A row held for the whole read (the header search and the decimal sample), copied from the
 * reader's: V8 decides per allocation site whether objects start in the old generation, and
 * when the reader's rows were held here while a young collection ran, it saw them all survive
 * and moved every later row of the file to the old generation — a third more garbage collection
 * time and ≈50 MB of memory, in about half the runs. Copies made by a constructor and slice()
 * have no allocation site, and the reader's own rows die young.
 */
class BufferedRow implements RawRow {
  constructor(
    readonly row: number,
    readonly cells: RawRow['cells'],
  ) {}
}
