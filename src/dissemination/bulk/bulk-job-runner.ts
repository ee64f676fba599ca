// The server's background runner of bulk jobs: it runs the due jobs at start, then whenever the
// next one falls due (an embargo ending) and at least every POLL_MS, which also picks up jobs
// recorded by other processes (the CLI, another server on the same store).

import { nextBulkJobDue } from '../../store/repositories/bulk-jobs.js';
import type { Store } from '../../store/store.js';
import { runDueBulkJobs } from './run-bulk-jobs.js';

const POLL_MS = 5_000;

export interface BulkJobRunner {
  stop(): Promise<void>;
}

export function startBulkJobRunner(
  store: Store,
  log: { error(obj: object, msg: string): void },
): BulkJobRunner {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const schedule = async () => {
    if (stopped) return;
    const next = await nextBulkJobDue(store.db).catch(() => undefined);
    const untilNext = next ? Math.max(0, Date.parse(next) - Date.now()) : POLL_MS;
    timer = setTimeout(tick, Math.min(POLL_MS, untilNext));
    timer.unref();
  };
  const tick = () => {
    running = runDueBulkJobs(store, {
      onError: (tableId, err) => log.error({ err, tableId }, 'bulk file regeneration failed'),
    })
      .then(() => undefined)
      .catch((err: unknown) => log.error({ err }, 'bulk job runner failed'))
      .then(schedule);
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
