// A hash index from key numbers (integers below 2^53) to observation positions. A JavaScript
// Map boxes every key above 2^31 on the heap; this open-addressing table keeps keys in a
// Float64Array, which makes a million look-ups several times faster and far smaller.
const EMPTY = -1;

export interface NumberIndex {
  get(key: number): number | undefined;
  set(key: number, value: number): void;
}

function hash(key: number): number {
  const low = key >>> 0;
  const high = (key / 4294967296) | 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 16);
}

export function createNumberIndex(initialCapacity = 1024): NumberIndex {
  let capacity = 1 << Math.ceil(Math.log2(Math.max(16, initialCapacity * 2)));
  let keys = new Float64Array(capacity);
  let values = new Int32Array(capacity).fill(EMPTY);
  let size = 0;

  function slotOf(key: number): number {
    const mask = capacity - 1;
    let slot = hash(key) & mask;
    while (values[slot] !== EMPTY && keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  function grow(): void {
    const [oldKeys, oldValues] = [keys, values];
    capacity *= 2;
    keys = new Float64Array(capacity);
    values = new Int32Array(capacity).fill(EMPTY);
    for (let i = 0; i < oldValues.length; i++) {
      if (oldValues[i] === EMPTY) continue;
      const slot = slotOf(oldKeys[i] as number);
      keys[slot] = oldKeys[i] as number;
      values[slot] = oldValues[i] as number;
    }
  }

  return {
    get(key) {
      const value = values[slotOf(key)] as number;
      return value === EMPTY ? undefined : value;
    },
    set(key, value) {
      const slot = slotOf(key);
      if (values[slot] === EMPTY) size++;
      keys[slot] = key;
      values[slot] = value;
      if (size * 2 > capacity) grow();
    },
  };
}
