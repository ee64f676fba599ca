// `sicremi import FILE --table ID --country ISO3`: validates and, when the file has no error,
// stages its observations as a draft submission in one transaction, keeping the original file.
// The same file twice is recognised. Exit 0 when staged or already imported, 1 when the file
// has errors (nothing is staged), 2 on usage errors.
import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { fileSource, type ImportResult, importSubmission, toJsonReport } from '../../ingest/index.js';
import { openPreparedStore } from '../../store/prepare-store.js';
import { fileLocation } from '../../store/repositories/files.js';
import {
  addSubmissionOptions,
  checkFile,
  describeUnresolved,
  failUsage,
  finishProgress,
  renderReport,
  type SubmissionCliOptions,
  toReadOptions,
} from './validate.js';

interface ImportCliOptions extends SubmissionCliOptions {
  recordRejected?: boolean;
}

export function registerImportCommand(program: Command): void {
  addSubmissionOptions(
    program.command('import').description('validate a submission file and stage it as a draft submission'),
  )
    .option('--record-rejected', 'keep a draft with the report even when the file has errors')
    .action(async (file: string, options: ImportCliOptions, command: Command) => {
      checkFile(command, file);
      const config = readConfig();
      const store = await openPreparedStore(config);
      try {
        const result = await importSubmission(store, fileSource(file), {
          ...toReadOptions(options),
          dataDir: fileLocation(config),
          recordRejected: options.recordRejected ?? false,
        });
        finishProgress();
        if (result.status === 'unresolved') failUsage(command, describeUnresolved(result.unresolved));
        if (result.status !== 'duplicate' && !options.country && result.report.country === null) {
          failUsage(command, 'give --country: the file names no country');
        }
        process.stdout.write(render(result, options));
        process.exitCode = result.status === 'rejected' ? 1 : 0;
      } finally {
        await store.close();
      }
    });
}

function render(result: Exclude<ImportResult, { status: 'unresolved' }>, options: ImportCliOptions): string {
  if (options.format === 'json') {
    const body =
      result.status === 'duplicate'
        ? { status: result.status, submissionId: result.submission.id }
        : {
            status: result.status,
            submissionId: 'submissionId' in result ? (result.submissionId ?? null) : null,
            report: toJsonReport(result.report, options.lang),
          };
    return `${JSON.stringify(body, null, 2)}\n`;
  }
  if (result.status === 'duplicate') {
    const s = result.submission;
    return `Already imported: submission #${s.id} (${s.table}, ${s.refArea}, ${s.status}, ${s.observationCount} observations).\n`;
  }
  const outcome =
    result.status === 'staged'
      ? `Staged as draft submission #${result.submissionId} (${result.observationCount} observations).`
      : `Not imported: the file has errors.${result.submissionId ? ` Report kept on draft submission #${result.submissionId}.` : ''}`;
  return `${renderReport(result.report, options)}\n${outcome}\n`;
}
