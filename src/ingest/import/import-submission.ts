// `sicremi import` and the upload route: validate a file and, when it has no error, stage its
// observations as a draft submission in one transaction, with the original file kept by its
// SHA-256 and the report saved on the submission. The same file sent twice is recognised and
// its first staged submission returned. Nothing half-read reaches the database: an error anywhere
// (found while reading or by the set-level rules at the end) rolls everything back.
import { getTable } from '../../framework/index.js';
import type { TableDef } from '../../framework/types.js';
import { saveCodeMapping } from '../../store/repositories/code-mappings.js';
import { type FileLocation, keepOriginalFile, sha256Hex } from '../../store/repositories/files.js';
import {
  completeDraftSubmission,
  createDraftSubmission,
  findSubmissionByFile,
  restageDraftSubmission,
  type SubmissionRecord,
} from '../../store/repositories/submissions.js';
import type { Store, StoreTx } from '../../store/store.js';
import type { ReadSubmissionOptions } from '../pipeline/read-submission.js';
import { type ReadLimits, resolveLimits } from '../readers/read-limits.js';
import type { ValidationReport } from '../report/validation-report.js';
import { type ByteSource, readAllBytes } from '../source/byte-source.js';
import { trackImport } from './import-activity.js';
import { openStaging, readsInWorker } from './open-staging.js';
import { prepareWorker } from './read-in-worker.js';
import { stageObservations } from './stage-observations.js';
import type { StagingReading, Unresolved } from './staging-reading.js';

export interface ImportOptions extends Omit<ReadSubmissionOptions, 'contextSource'> {
  /** Where original files are kept: the data directory, or the configured FileLocation. */
  dataDir: string | FileLocation;
  mediaType?: string;
  createdBy?: number | null;
  roundId?: number | null;
  metadata?: Record<string, unknown>;
  /** Also record a submission (report only, no observations) when the file has errors. */
  recordRejected?: boolean;
  /** Read in a worker thread; by default for large files on SQLite (see open-staging.ts). */
  worker?: boolean;
  /**
   * Called inside the transaction that records the submission (staged or rejected), so what
   * the caller writes with it (workflow event, audit entry) lands with the submission or not
   * at all; throwing rolls the whole import back.
   */
  onRecorded?: (tx: StoreTx, submissionId: number) => Promise<void>;
  /**
   * Stage into this existing draft (a new version of it, or the same file read again) instead
   * of creating a submission: its staged observations and report are replaced. Never a duplicate.
   */
  intoSubmission?: number;
}

export type ImportResult =
  | { status: 'staged'; submissionId: number; observationCount: number; report: ValidationReport }
  | { status: 'duplicate'; submission: SubmissionRecord }
  | { status: 'rejected'; submissionId?: number; report: ValidationReport }
  | { status: 'unresolved'; unresolved: Unresolved };

class Rejected extends Error {}

export function importSubmission(
  store: Store,
  source: ByteSource,
  options: ImportOptions,
): Promise<ImportResult> {
  return trackImport(() => importNow(store, source, options));
}

async function importNow(store: Store, source: ByteSource, options: ImportOptions): Promise<ImportResult> {
  const limits: ReadLimits = resolveLimits(options.limits);
  // A file over the limit is refused by the pipeline before anything is held in memory.
  const size = await source.size();
  // A worker's code is checked (built at first use) while the file is read.
  if (size <= limits.maxBytes && readsInWorker(store, size, options)) prepareWorker();
  const bytes = size <= limits.maxBytes ? await readAllBytes(source) : undefined;
  // Reading starts first: a worker thread boots while this one hashes the file and looks it up
  // (a duplicate then closes it unread; the in-process reading does nothing until asked).
  const reading = openStaging(store, bytes, source, options);
  try {
    const sha256 = bytes ? sha256Hex(bytes) : undefined;
    if (sha256 && options.intoSubmission === undefined) {
      // Only a file once staged is a duplicate: one first rejected is read again, because the
      // code mappings saved since (POST /api/mappings) may now resolve its errors.
      const known = await findSubmissionByFile(store.db, {
        sha256,
        table: options.table,
        refArea: options.country,
        staged: true,
      });
      if (known) return { status: 'duplicate', submission: known };
    }
    return await stage(store, reading, { bytes, sha256, source, options });
  } finally {
    await reading.close();
  }
}

async function stage(
  store: Store,
  reading: StagingReading,
  file: { bytes: Buffer | undefined; sha256: string | undefined; source: ByteSource; options: ImportOptions },
): Promise<ImportResult> {
  const { bytes, sha256, source, options } = file;
  // The first batch settles table and country and loads the store context, before the
  // transaction takes the connection.
  const first = await reading.batches.next();
  const unresolved = reading.unresolved();
  if (unresolved) return { status: 'unresolved', unresolved };
  const target = reading.target();
  const table = target.table ? getTable(target.table) : undefined;
  const country = target.country;
  if (!bytes || !sha256 || !table || !country) return reject(store, reading.report(), options);

  const remaining = (async function* () {
    if (first.done) return;
    yield first.value;
    for (let next = await reading.batches.next(); !next.done; next = await reading.batches.next())
      yield next.value;
  })();
  try {
    return await store.transaction(async (tx) => {
      const submissionId = await createSubmission(tx, { table, country, bytes, sha256, source, options });
      const count = await stageObservations(
        tx,
        store.dialect,
        table,
        submissionId,
        remaining,
        reading.hasErrors,
      );
      const report = reading.report();
      if (report.summary.errors > 0) throw new Rejected();
      await completeDraftSubmission(tx.db, submissionId, { report, observationCount: count });
      await saveMappings(tx, country, options);
      await options.onRecorded?.(tx, submissionId);
      return { status: 'staged' as const, submissionId, observationCount: count, report };
    });
  } catch (error) {
    if (error instanceof Rejected) return reject(store, reading.report(), options, { bytes, sha256, source });
    throw error;
  }
}

async function createSubmission(
  tx: StoreTx,
  args: {
    table: TableDef;
    country: string;
    bytes: Uint8Array;
    sha256: string;
    source: ByteSource;
    options: ImportOptions;
  },
): Promise<number> {
  const { options } = args;
  await keepOriginalFile(tx.db, options.dataDir, {
    bytes: args.bytes,
    name: args.source.name,
    mediaType: options.mediaType ?? guessMediaType(args.source.name),
    createdBy: options.createdBy ?? null,
  });
  if (options.intoSubmission !== undefined) {
    await restageDraftSubmission(tx.db, options.intoSubmission, args.sha256);
    return options.intoSubmission;
  }
  return createDraftSubmission(tx.db, {
    table: args.table,
    refArea: args.country,
    fileSha256: args.sha256,
    origin: 'file',
    metadata: options.metadata ?? {},
    roundId: options.roundId ?? null,
    createdBy: options.createdBy ?? null,
  });
}

async function saveMappings(tx: StoreTx, country: string, options: ImportOptions): Promise<void> {
  for (const mapping of options.mappings ?? [])
    await saveCodeMapping(tx.db, country, mapping, options.createdBy ?? null);
}

/** A file with errors: nothing staged; with recordRejected, a draft holding only the report. */
async function reject(
  store: Store,
  report: ValidationReport,
  options: ImportOptions,
  file?: { bytes: Uint8Array; sha256: string; source: ByteSource },
): Promise<ImportResult> {
  const table = report.table ? getTable(report.table) : undefined;
  if (!options.recordRejected || !file || !table || !report.country) return { status: 'rejected', report };
  const country = report.country;
  const submissionId = await store.transaction(async (tx) => {
    const id = await createSubmission(tx, { table, country, ...file, options });
    await completeDraftSubmission(tx.db, id, { report, observationCount: 0 });
    await saveMappings(tx, country, options);
    await options.onRecorded?.(tx, id);
    return id;
  });
  return { status: 'rejected', submissionId, report };
}

function guessMediaType(name: string): string {
  if (/\.xlsx$/i.test(name)) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (/\.(tsv|tab)$/i.test(name)) return 'text/tab-separated-values';
  return 'text/csv';
}
