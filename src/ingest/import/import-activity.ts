// How many imports are running in this process and how long finished ones took, for /metrics
// (queue depth and import durations) and for a shutdown that waits for them.
export interface FinishedImport {
  seconds: number;
  /** staged, duplicate, rejected, unresolved — or failed (rolled back). */
  status: string;
}

type Listener = (finished: FinishedImport) => void;

let running = 0;
const listeners = new Set<Listener>();

export function importsRunning(): number {
  return running;
}

/** Calls `listener` after each import; returns the function that stops it. */
export function onImportFinished(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function trackImport<T extends { status: string }>(run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  running++;
  let status = 'failed';
  try {
    const result = await run();
    status = result.status;
    return result;
  } finally {
    running--;
    const finished = { seconds: (performance.now() - started) / 1000, status };
    for (const listener of listeners) listener(finished);
  }
}
