// The main thread's side of the ingest worker: starts it on the file's bytes, answers its
// questions from the store, and hands its batches to staging one by one — acknowledging each,
// which lets the worker read on — until the report arrives. A worker that dies is reported
// as an unreadable file, like any other failure to read.
import { Worker } from 'node:worker_threads';
import { getTable } from '../../framework/index.js';
import { createIssue } from '../issues/issue.js';
import { createIssueLog } from '../issues/issue-log.js';
import type { IngestContextSource } from '../pipeline/ingest-context.js';
import type { ValidationReport } from '../report/validation-report.js';
import { createBatchDecoder, type EncodedBatch } from './encoded-batch.js';
import type { StageableBatch } from './stageable-batch.js';
import type { PlainReadOptions, StagingReading, Unresolved } from './staging-reading.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

// The worker runs TypeScript too: it registers tsx itself before loading its entry module.
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => {
  tsx.register();
  return import(${JSON.stringify(new URL('./ingest-worker.ts', import.meta.url).href)});
});`;

export function readSubmissionInWorker(
  bytes: Uint8Array,
  name: string,
  options: PlainReadOptions,
  contextSource: IngestContextSource,
  onProgress?: (rows: number) => void,
): StagingReading {
  const worker = new Worker(BOOT, { eval: true, workerData: { bytes, name, options } });
  const send = (message: ToWorker) => worker.postMessage(message);
  const queue: StageableBatch[] = [];
  let wake: (() => void) | undefined;
  let target: { table: string | null; country: string | null } = { table: null, country: null };
  let errors = false;
  let decode: ((batch: EncodedBatch) => StageableBatch) | undefined;
  let finished: { report: ValidationReport; unresolved: Unresolved | undefined } | undefined;

  const settle = (result: NonNullable<typeof finished>) => {
    finished ??= result;
    errors ||= result.report.summary.errors > 0;
    void worker.terminate();
    wake?.();
  };

  worker.on('message', (message: FromWorker) => {
    if (message.type === 'ask') void answer(message.id, message.method, message.args);
    else if (message.type === 'progress') onProgress?.(message.rows);
    else if (message.type === 'batch') {
      target = message.target;
      errors ||= message.hasErrors;
      decode ??= createBatchDecoder(getTable(target.table ?? '') as NonNullable<ReturnType<typeof getTable>>);
      queue.push(decode(message.batch));
      wake?.();
    } else settle({ report: message.report, unresolved: message.unresolved });
  });
  let failure: Error | undefined;
  worker.on('error', (error) => {
    // The store failing is thrown to the caller, as in-process; anything else is a report.
    if (error.name === 'ContextUnavailable') failure = error;
    settle({ report: failedReport(name, error), unresolved: undefined });
  });
  worker.on('exit', () =>
    settle({ report: failedReport(name, new Error('ingest worker exited')), unresolved: undefined }),
  );

  async function answer(id: number, method: 'listCodeMappings' | 'listPublished', args: string[]) {
    const [first = '', second = ''] = args;
    try {
      const table = getTable(first);
      const result =
        method === 'listCodeMappings'
          ? await contextSource.listCodeMappings(first)
          : table
            ? await contextSource.listPublished(table, second)
            : [];
      send({ type: 'answer', id, result });
    } catch (error) {
      // The store failed: the worker's pipeline turns this into an issue, as it would in-process.
      send({ type: 'answer', id, error: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    batches: {
      async next() {
        while (queue.length === 0 && !finished) await new Promise<void>((resolve) => (wake = resolve));
        if (failure) throw failure;
        const batch = queue.shift();
        if (!batch) return { done: true, value: undefined };
        send({ type: 'ack' });
        return { done: false, value: batch };
      },
    },
    target: () =>
      finished?.report ? { table: finished.report.table, country: finished.report.country } : target,
    hasErrors: () => errors,
    unresolved: () => finished?.unresolved,
    report: () => finished?.report ?? failedReport(name, new Error('read before the end')),
    close: async () => {
      await worker.terminate();
    },
  };
}

function failedReport(name: string, error: Error): ValidationReport {
  const log = createIssueLog();
  log.add(createIssue('UNREADABLE_FILE', {}, { file: name, reason: error.message }));
  return {
    table: null,
    country: null,
    file: { name, size: 0 },
    rows: 0,
    observations: 0,
    decisions: { format: 'csv', decimal: null },
    issues: [...log.issues],
    summary: log.summarize(),
  };
}
