// State kept per store (per Kysely instance), made on first use and forgotten with the store:
// the caches and in-flight work of dissemination. Tests open many stores in one process.
export interface PerStore<T> {
  of(db: object): T;
  replace(db: object, state: T): void;
}

export function perStore<T>(make: () => T): PerStore<T> {
  const states = new WeakMap<object, T>();
  return {
    of(db) {
      let state = states.get(db);
      if (state === undefined) {
        state = make();
        states.set(db, state);
      }
      return state;
    },
    replace(db, state) {
      states.set(db, state);
    },
  };
}
