// The adapter from the upload route to the ingest pipeline (src/ingest, issue 3): it reads and
// validates the file, keeps the original by its SHA-256 and stages a draft submission with its
// report, in one transaction. A file with errors is recorded as a draft holding only its report,
// so the correspondent sees what to correct (and it cannot be submitted); the same file sent
// again is recognised and its first submission returned.
import { fileSource, importSubmission } from '../../ingest/index.js';
import type { SubmissionImporter } from './upload-submission.js';

export const importWithIngest: SubmissionImporter = async (store, request) => {
  const result = await importSubmission(store, fileSource(request.filePath, request.fileName), {
    table: request.table,
    country: request.country,
    dataDir: request.files ?? request.dataDir,
    mediaType: request.mediaType,
    createdBy: request.userId,
    recordRejected: true,
    ...(request.into !== undefined ? { intoSubmission: request.into } : {}),
    ...(request.onRecorded ? { onRecorded: request.onRecorded } : {}),
  });
  switch (result.status) {
    case 'staged':
      return { submissionId: result.submissionId, report: result.report };
    case 'duplicate':
      return { submissionId: result.submission.id, report: result.submission.report, duplicate: true };
    case 'rejected':
      return { submissionId: result.submissionId ?? null, report: result.report };
    case 'unresolved':
      return { submissionId: null, report: { unresolved: result.unresolved } };
  }
};
