// The observations a batch of rows yielded and validation accepted, in columns: per
// observation its row, value and key digits in typed arrays, its statuses, and its value
// column's place. The reader writes them without building an object per row; the ingest
// worker encodes them for the main thread as they are, and `validate` drops them. Callers
// that want objects (in-process staging, tests) ask toLocated(), which builds exactly the
// observations and locations the row reader once emitted.
// One batch serves a whole sheet, emptied before each batch of rows: arrays made anew for each
// batch lived just long enough for V8 to allocate them in the old generation, and everything
// pushed into them then outlived the young collections (a third more time in GC, +40 MB).
import type { Observation } from '../../framework/observation.js';
import type { KeyCodec } from '../validation/key-codec.js';
import type { KeyedObservation, ValuePlace } from '../validation/keyed-observation.js';
import type { LocatedObservation } from '../validation/validate-observations.js';
import type { ObservationLocation } from '../validation/validation-context.js';

/** Valid until the next batch is asked for: read or copy it before. */
export interface AcceptedBatch {
  readonly size: number;
  readonly table: string;
  readonly codec: KeyCodec;
  /** Codec dimensions in the order an observation's key lists them. */
  readonly keyOrder: readonly number[];
  /** The first `size` entries of each column are the batch's. */
  readonly rows: Int32Array;
  /** NaN for an empty value. */
  readonly values: Float64Array;
  /** One column per codec dimension. */
  readonly digits: readonly Uint16Array[];
  readonly status: readonly string[];
  readonly conf: readonly string[];
  /** [observation, note] for the observations that have one. */
  readonly notes: readonly [number, string][];
  /** NaN when empty. */
  readonly cv: Float64Array;
  readonly sampleN: Float64Array;
  readonly places: readonly ValuePlace[];
  toLocated(): LocatedObservation[];
}

export interface AcceptedBatchBuilder {
  readonly batch: AcceptedBatch;
  /** Empties the batch for the next rows. */
  clear(): void;
  pushKeyed(observation: KeyedObservation): void;
  /** An observation accepted through the general path (its key every codec dimension's code). */
  pushObservation(observation: Observation, location: ObservationLocation): void;
}

const orNaN = (value: number | null | undefined) =>
  value === null || value === undefined ? Number.NaN : value;
const orNull = (value: number) => (Number.isNaN(value) ? null : value);

/** An empty batch; it grows as observations come. */
export function createAcceptedBatch(
  table: string,
  codec: KeyCodec,
  keyOrder: readonly number[],
): AcceptedBatchBuilder {
  let room = 1024;
  let size = 0;
  let rows = new Int32Array(room);
  let values = new Float64Array(room);
  let digits = codec.dimensions.map(() => new Uint16Array(room));
  let cv = new Float64Array(room);
  let sampleN = new Float64Array(room);
  const status: string[] = [];
  const conf: string[] = [];
  const notes: [number, string][] = [];
  const places: ValuePlace[] = [];

  function makeRoom(): void {
    if (size < room) return;
    room *= 2;
    const grow = <T extends Int32Array | Float64Array | Uint16Array>(array: T): T => {
      const bigger = new (array.constructor as new (n: number) => T)(room);
      bigger.set(array);
      return bigger;
    };
    rows = grow(rows);
    values = grow(values);
    digits = digits.map(grow);
    cv = grow(cv);
    sampleN = grow(sampleN);
  }

  function pushRest(
    row: number,
    o: Pick<Observation, 'value' | 'status' | 'conf' | 'note' | 'cv' | 'sampleN'>,
    place: ValuePlace,
  ): void {
    rows[size] = row;
    values[size] = orNaN(o.value);
    status[size] = o.status;
    conf[size] = o.conf;
    if (o.note) notes.push([size, o.note]);
    cv[size] = orNaN(o.cv);
    sampleN[size] = orNaN(o.sampleN);
    places[size] = place;
    size++;
  }

  const batch: AcceptedBatch = {
    get size() {
      return size;
    },
    table,
    codec,
    keyOrder,
    get rows() {
      return rows;
    },
    get values() {
      return values;
    },
    get digits() {
      return digits;
    },
    status,
    conf,
    notes,
    get cv() {
      return cv;
    },
    get sampleN() {
      return sampleN;
    },
    places,
    toLocated: () => toLocated(batch),
  };

  return {
    batch,
    clear() {
      size = 0;
      notes.length = 0;
    },
    pushKeyed(o) {
      makeRoom();
      for (let d = 0; d < digits.length; d++) (digits[d] as Uint16Array)[size] = o.digits[d] as number;
      pushRest(o.location.row, o, o.place);
    },
    pushObservation(observation, location) {
      makeRoom();
      codec.dimensions.forEach((id, d) => {
        (digits[d] as Uint16Array)[size] = codec.digitOf(d, observation.key[id] ?? '');
      });
      const { row: _row, ...place } = location;
      pushRest(location.row, observation, place);
    },
  };
}

/** The batch as the row reader's observations and locations, property for property. */
function toLocated(batch: AcceptedBatch): LocatedObservation[] {
  const { codec, keyOrder } = batch;
  const ids = keyOrder.map((d) => codec.dimensions[d] as string);
  const notes = new Map(batch.notes);
  const located: LocatedObservation[] = [];
  for (let i = 0; i < batch.size; i++) {
    const key: Record<string, string> = {};
    keyOrder.forEach((d, k) => {
      key[ids[k] as string] = codec.codeOf(d, (batch.digits[d] as Uint16Array)[i] as number);
    });
    const place = batch.places[i] as ValuePlace;
    const observation: Observation = {
      table: batch.table,
      key,
      value: orNull(batch.values[i] as number),
      status: batch.status[i] as string,
      conf: batch.conf[i] as string,
      note: notes.get(i) ?? null,
      cv: orNull(batch.cv[i] as number),
      sampleN: orNull(batch.sampleN[i] as number),
    };
    const location: ObservationLocation = {
      row: batch.rows[i] as number,
      column: place.column,
      statusColumn: place.statusColumn,
      confColumn: place.confColumn,
      sheet: place.sheet,
    };
    located.push({ observation, location });
  }
  return located;
}
