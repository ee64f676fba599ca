// A small least-recently-used map: Map keeps insertion order, so the first key is the oldest.
// Entries may carry a weight (say, the observations a pivot layout holds) with a budget for
// their sum, so a cache of large values is bounded by what they hold, not only by their number.
export class LruCache<K, V> {
  readonly #entries = new Map<K, { value: V; weight: number }>();
  #weight = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxWeight = Number.POSITIVE_INFINITY,
  ) {}

  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V, weight = 0): void {
    this.delete(key);
    this.#entries.set(key, { value, weight });
    this.#weight += weight;
    this.#evict(key);
  }

  /** Sets the weight of an entry once it is known (a value still being built weighs 0). */
  weigh(key: K, weight: number): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#weight += weight - entry.weight;
    entry.weight = weight;
    this.#evict(key);
  }

  delete(key: K): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#weight -= entry.weight;
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    this.#entries.clear();
    this.#weight = 0;
  }

  /** Drops the oldest entries but `keep` until both budgets hold (or `keep` is alone). */
  #evict(keep: K): void {
    // A Map's iterator survives deletions; within budget (nearly always) it reads one key.
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= this.maxEntries && this.#weight <= this.maxWeight) return;
      if (key !== keep) this.delete(key);
    }
  }
}
