// What staging reads from: batches of accepted observations, the table and country they are
// for, whether an error has turned up, and the report once the batches are exhausted — read
// in this process or in the ingest worker.
import type { ReadSubmissionOptions, SubmissionReading } from '../pipeline/read-submission.js';
import type { ValidationReport } from '../report/validation-report.js';
import { fromObservations, type StageableBatch } from './stageable-batch.js';

export type Unresolved = NonNullable<ReturnType<SubmissionReading['unresolved']>>;

/** The reading options that can cross to a worker (no functions, no store). */
export type PlainReadOptions = Omit<ReadSubmissionOptions, 'contextSource' | 'onProgress'>;

export interface StagingReading {
  batches: AsyncIterator<StageableBatch>;
  target(): { table: string | null; country: string | null };
  hasErrors(): boolean;
  unresolved(): Unresolved | undefined;
  report(): ValidationReport;
  /** Stops reading early (after a failure); a no-op once the batches are exhausted. */
  close(): Promise<void>;
}

export function stagingInProcess(reading: SubmissionReading): StagingReading {
  const batches = reading.observations[Symbol.asyncIterator]();
  return {
    batches: {
      async next() {
        const next = await batches.next();
        return next.done
          ? { done: true, value: undefined }
          : { done: false, value: fromObservations(next.value) };
      },
    },
    target: reading.target,
    hasErrors: reading.hasErrors,
    unresolved: reading.unresolved,
    report: reading.report,
    close: async () => {
      await batches.return?.();
    },
  };
}
