// The main thread's side of the ingest worker: starts it on the file's bytes, answers its
// questions from the store, and hands its batches to staging one by one — acknowledging each,
// which lets the worker read on — until the report arrives. A worker that dies is reported
// as an unreadable file, like any other failure to read.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { getTable } from '../../framework/index.js';
import { createIssue } from '../issues/issue.js';
import { createIssueLog } from '../issues/issue-log.js';
import type { IngestContextSource } from '../pipeline/ingest-context.js';
import type { ValidationReport } from '../report/validation-report.js';
import { createBatchDecoder, type EncodedBatch } from './encoded-batch.js';
import type { StageableBatch } from './stageable-batch.js';
import type { PlainReadOptions, StagingReading, Unresolved } from './staging-reading.js';
import { bundledModule } from './worker-bundle.js';
import type { ContextMethod, FromWorker, ToWorker } from './worker-messages.js';

// From the production build (`npm run build`: this module is dist/…/read-in-worker.js) the
// worker loads its compiled entry beside it: no esbuild, no tsx at run time.
const IS_BUILT = import.meta.url.endsWith('.js');
const ENTRY = new URL(IS_BUILT ? './ingest-worker.js' : './ingest-worker.ts', import.meta.url);
// From the sources the worker runs TypeScript too: by default it loads its entry bundled into
// plain JavaScript (worker-bundle.ts; built at the first import, then reused while the sources
// are unchanged). Without a bundle (or with SICREMI_WORKER_BUNDLE=0) it registers tsx itself,
// then loads the entry module.
const tsxBoot = () => `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => {
  tsx.register();
  return import(${JSON.stringify(ENTRY.href)});
});`;
const CACHE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/sicremi/', import.meta.url));
let boot: Promise<string> | undefined;

/** The code a new ingest worker evaluates: decided once per process. */
function workerBoot(): Promise<string> {
  if (IS_BUILT) {
    boot ??= Promise.resolve(`import(${JSON.stringify(ENTRY.href)});`);
    return boot;
  }
  boot ??= (
    process.env.SICREMI_WORKER_BUNDLE === '0'
      ? Promise.reject(new Error('disabled'))
      : bundledModule(fileURLToPath(ENTRY), CACHE_DIR)
  ).then((bundle) => `import(${JSON.stringify(pathToFileURL(bundle).href)});`, tsxBoot);
  return boot;
}

/** Has the worker's code checked (or built) in advance, while the caller reads the file. */
export function prepareWorker(): void {
  void workerBoot();
}

export function readSubmissionInWorker(
  bytes: Uint8Array,
  name: string,
  options: PlainReadOptions,
  contextSource: IngestContextSource,
  onProgress?: (rows: number) => void,
): StagingReading {
  let worker: Worker | undefined;
  const send = (message: ToWorker) => worker?.postMessage(message);
  const queue: StageableBatch[] = [];
  let wake: (() => void) | undefined;
  let target: { table: string | null; country: string | null } = { table: null, country: null };
  let errors = false;
  let decode: ((batch: EncodedBatch) => StageableBatch) | undefined;
  let finished: { report: ValidationReport; unresolved: Unresolved | undefined } | undefined;

  const settle = (result: NonNullable<typeof finished>) => {
    finished ??= result;
    // From the result kept: the worker's exit, which follows its report, must not add an error.
    errors ||= finished.report.summary.errors > 0;
    void worker?.terminate();
    wake?.();
  };
  let closed = false;
  let failure: Error | undefined;
  const listen = (worker: Worker) => {
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ask') void answer(message.id, message.method, message.args);
      else if (message.type === 'progress') onProgress?.(message.rows);
      else if (message.type === 'batch') {
        target = message.target;
        errors ||= message.hasErrors;
        decode ??= createBatchDecoder(
          getTable(target.table ?? '') as NonNullable<ReturnType<typeof getTable>>,
        );
        queue.push(decode(message.batch));
        wake?.();
      } else settle({ report: message.report, unresolved: message.unresolved });
    });
    worker.on('error', (error) => {
      // The store failing is thrown to the caller, as in-process; anything else is a report.
      if (error.name === 'ContextUnavailable') failure = error;
      settle({ report: failedReport(name, error), unresolved: undefined });
    });
    worker.on('exit', () =>
      settle({ report: failedReport(name, new Error('ingest worker exited')), unresolved: undefined }),
    );
  };

  // The worker starts once its boot code is known (at once, but for the first bundle check).
  const started = workerBoot().then((code) => {
    if (closed) return;
    try {
      worker = new Worker(code, { eval: true, workerData: { bytes, name, options } });
    } catch (error) {
      settle({ report: failedReport(name, error as Error), unresolved: undefined });
      return;
    }
    listen(worker);
  });

  async function answer(id: number, method: ContextMethod, args: string[]) {
    try {
      send({ type: 'answer', id, result: await readContext(contextSource, method, args) });
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
      closed = true;
      await started;
      await worker?.terminate();
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

function readContext(source: IngestContextSource, method: ContextMethod, args: string[]): Promise<unknown> {
  const [first = '', second = ''] = args;
  if (method === 'listCodeMappings') return source.listCodeMappings(first);
  if (method === 'listAddedCodes') return source.listAddedCodes?.() ?? Promise.resolve([]);
  const table = getTable(first);
  return table ? source.listPublished(table, second) : Promise.resolve([]);
}
