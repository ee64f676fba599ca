// The messages between the main thread and the ingest worker.
import type { ValidationReport } from '../report/validation-report.js';
import type { EncodedBatch } from './encoded-batch.js';
import type { Unresolved } from './staging-reading.js';

/** What the worker asks the main thread for: the ingest context source's methods. */
export type ContextMethod = 'listCodeMappings' | 'listPublished' | 'listAddedCodes';

export type FromWorker =
  | { type: 'ask'; id: number; method: ContextMethod; args: string[] }
  | { type: 'progress'; rows: number }
  | {
      type: 'batch';
      batch: EncodedBatch;
      target: { table: string | null; country: string | null };
      hasErrors: boolean;
    }
  | { type: 'done'; report: ValidationReport; unresolved: Unresolved | undefined };

export type ToWorker = { type: 'answer'; id: number; result?: unknown; error?: string } | { type: 'ack' };
