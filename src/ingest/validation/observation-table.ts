// The accepted observations of a submission in columnar typed arrays: per observation its key
// number, value (NaN when empty), row and location, and one digit array per dimension. About
// 40 bytes an observation (plus the key index), so the set-level rules can look at a million
// of them at once.
import type { KeyCodec } from './key-codec.js';
import { createNumberIndex } from './number-index.js';

export interface ObservationTable {
  readonly size: number;
  keys: Float64Array;
  values: Float64Array;
  rows: Int32Array;
  locations: Uint32Array;
  digits: Uint16Array[];
  /** Index of the observation with this key, if any. */
  find(key: number): number | undefined;
  /** Appends unless the key is taken (one index probe for both); returns the index of the
   * observation holding it, if any. */
  appendIfNew(
    key: number,
    digits: ArrayLike<number>,
    value: number | null,
    row: number,
    location: number,
  ): number | undefined;
}

export function createObservationTable(codec: KeyCodec): ObservationTable {
  const byKey = createNumberIndex();
  let capacity = 1024;
  let size = 0;
  const grow = <T extends Float64Array | Int32Array | Uint32Array | Uint16Array>(array: T): T => {
    const bigger = new (array.constructor as new (n: number) => T)(capacity);
    bigger.set(array);
    return bigger;
  };
  const table: ObservationTable = {
    get size() {
      return size;
    },
    keys: new Float64Array(capacity),
    values: new Float64Array(capacity),
    rows: new Int32Array(capacity),
    locations: new Uint32Array(capacity),
    digits: codec.dimensions.map(() => new Uint16Array(capacity)),
    find: (key) => byKey.get(key),
    appendIfNew(key, digits, value, row, location) {
      const first = byKey.setIfAbsent(key, size);
      if (first !== undefined) return first;
      store(key, digits, value, row, location);
      return undefined;
    },
  };
  function store(
    key: number,
    digits: ArrayLike<number>,
    value: number | null,
    row: number,
    location: number,
  ) {
    // (appendIfNew has already indexed the key at position `size`.)
    if (size === capacity) {
      capacity *= 2;
      table.keys = grow(table.keys);
      table.values = grow(table.values);
      table.rows = grow(table.rows);
      table.locations = grow(table.locations);
      table.digits = table.digits.map(grow);
    }
    table.keys[size] = key;
    table.values[size] = value === null ? Number.NaN : value;
    table.rows[size] = row;
    table.locations[size] = location;
    for (let d = 0; d < digits.length; d++) (table.digits[d] as Uint16Array)[size] = digits[d] as number;
    size++;
  }
  return table;
}
