// An observation as the file reader hands it to validation when it could encode its key: the
// key number and its digits (see key-codec.ts) instead of a dimension → code object, which
// the validator would only encode again. One struct, reused by the reader from row to row and
// read at once by whoever receives it: a million rows then allocate nothing for it.
import type { ObservationLocation } from './validation-context.js';

/** Where a value column's observations come from, but for their row. */
export type ValuePlace = Readonly<Omit<ObservationLocation, 'row'>>;

export interface KeyedObservation {
  /** The key number, Σ digit × weight. */
  key: number;
  /** One digit per codec dimension, in the table's dimension order. */
  digits: readonly number[];
  value: number | null;
  status: string;
  conf: string;
  note: string | null;
  cv: number | null;
  sampleN: number | null;
  /** The observation's location, its row current. */
  location: ObservationLocation;
  /** The same without the row, one object per value column: what to keep of the location. */
  place: ValuePlace;
}
