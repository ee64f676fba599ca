// A hash index from key numbers (integers below 2^53) to observation positions. A JavaScript
// Map boxes every key above 2^31 on the heap; this open-addressing table keeps keys in a
// Float64Array, which makes a million look-ups several times faster and far smaller. Each
// slot holds its key and its position side by side: a look-up in a table of millions of slots
// is a cache miss, and one miss per probe is half the cost of two (keys and positions apart).
const EMPTY = -1;

export interface NumberIndex {
  get(key: number): number | undefined;
  set(key: number, value: number): void;
  /** The value `key` already has; else sets it to `value` and returns undefined — one probe for both. */
  setIfAbsent(key: number, value: number): number | undefined;
}

function hash(key: number): number {
  const low = key >>> 0;
  const high = (key / 4294967296) | 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 16);
}

/** Slots of [key, value] pairs: slot s is at 2s (key) and 2s + 1 (value, EMPTY when free). */
function createSlots(capacity: number): Float64Array {
  const slots = new Float64Array(capacity * 2);
  for (let i = 1; i < slots.length; i += 2) slots[i] = EMPTY;
  return slots;
}

export function createNumberIndex(initialCapacity = 1024): NumberIndex {
  let capacity = 1 << Math.ceil(Math.log2(Math.max(16, initialCapacity * 2)));
  let slots = createSlots(capacity);
  let size = 0;

  /** Position in `slots` of the key's pair, or of the free pair where it would go. */
  function pairOf(key: number): number {
    const mask = capacity - 1;
    let slot = hash(key) & mask;
    while (slots[2 * slot + 1] !== EMPTY && slots[2 * slot] !== key) slot = (slot + 1) & mask;
    return 2 * slot;
  }

  function grow(): void {
    const old = slots;
    capacity *= 2;
    slots = createSlots(capacity);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === EMPTY) continue;
      const at = pairOf(old[i] as number);
      slots[at] = old[i] as number;
      slots[at + 1] = old[i + 1] as number;
    }
  }

  function put(at: number, key: number, value: number): void {
    if (slots[at + 1] === EMPTY) size++;
    slots[at] = key;
    slots[at + 1] = value;
    if (size * 2 > capacity) grow();
  }

  return {
    get(key) {
      const value = slots[pairOf(key) + 1] as number;
      return value === EMPTY ? undefined : value;
    },
    set(key, value) {
      put(pairOf(key), key, value);
    },
    setIfAbsent(key, value) {
      const at = pairOf(key);
      const existing = slots[at + 1] as number;
      if (existing !== EMPTY) return existing;
      put(at, key, value);
      return undefined;
    },
  };
}
