// Where an import reads its file: in a worker thread for large files on SQLite, whose inserts
// run on this thread's connection — so reading the next rows and inserting the previous ones
// overlap — and in this process otherwise (PostgreSQL inserts in its own server process).
import type { Store } from '../../store/store.js';
import { readSubmission } from '../pipeline/read-submission.js';
import { type ByteSource, bufferSource } from '../source/byte-source.js';
import type { ImportOptions } from './import-submission.js';
import { readSubmissionInWorker } from './read-in-worker.js';
import { type PlainReadOptions, type StagingReading, stagingInProcess } from './staging-reading.js';
import { createStoreContextSource } from './store-context-source.js';

// Below this, starting a worker (a fresh module graph, ~0.3 s) costs more than the overlap saves.
const WORKER_MIN_BYTES = 8 * 1024 * 1024;

/** Whether a file of `size` bytes is read in a worker thread. */
export function readsInWorker(store: Store, size: number, options: Pick<ImportOptions, 'worker'>): boolean {
  return options.worker ?? (store.dialect === 'sqlite' && size >= WORKER_MIN_BYTES);
}

export function openStaging(
  store: Store,
  bytes: Buffer | undefined,
  source: ByteSource,
  options: ImportOptions,
): StagingReading {
  const contextSource = createStoreContextSource(store.db);
  if (!bytes || !readsInWorker(store, bytes.byteLength, options)) {
    return stagingInProcess(
      readSubmission(bytes ? bufferSource(bytes, source.name) : source, { ...options, contextSource }),
    );
  }
  const plain: PlainReadOptions = {
    table: options.table,
    country: options.country,
    sheet: options.sheet,
    limits: options.limits ?? {},
    mappings: options.mappings ?? [],
    rounding: options.rounding,
  };
  return readSubmissionInWorker(bytes, source.name, plain, contextSource, options.onProgress);
}
