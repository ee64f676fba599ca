// `sicremi validate`: the whole pipeline, observations read and dropped, nothing written.
import type { ByteSource } from '../source/byte-source.js';
import { type ReadSubmissionOptions, readSubmission } from './read-submission.js';

export async function validateSubmission(source: ByteSource, options: ReadSubmissionOptions = {}) {
  const reading = readSubmission(source, options);
  for await (const _batch of reading.accepted) {
    // Validation happens as the batches are pulled; the observations themselves are not kept.
  }
  return { report: reading.report(), unresolved: reading.unresolved() };
}
