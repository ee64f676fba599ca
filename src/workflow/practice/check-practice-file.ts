// Practice mode: a file goes through the very pipeline an upload does (read, map, validate —
// src/ingest's validateSubmission) and only its report comes back. Nothing is written: no
// submission, no kept file, no saved mapping, no observation.
import { getTable, MEMBER_STATES } from '../../framework/index.js';
import {
  type ByteSource,
  type IngestContextSource,
  type ValidationReport,
  validateSubmission,
} from '../../ingest/index.js';
import { WorkflowError } from '../workflow-error.js';

export interface PracticeTarget {
  table: string;
  country: string;
  /** Saved mappings and published figures the rules compare with; none for a closed exercise. */
  contextSource: IngestContextSource;
}

/** The table and the reporting country must exist, as for an upload (422 otherwise). */
export function assertPracticeTarget(table: string, country: string): void {
  if (!getTable(table)) throw new WorkflowError('TABLE_NOT_FOUND', 422, { id: table });
  if (!MEMBER_STATES.includes(country)) throw new WorkflowError('UNKNOWN_COUNTRY', 422, { country });
}

export async function checkPracticeFile(
  source: ByteSource,
  target: PracticeTarget,
): Promise<ValidationReport> {
  assertPracticeTarget(target.table, target.country);
  const { report } = await validateSubmission(source, {
    table: target.table,
    country: target.country,
    contextSource: target.contextSource,
  });
  return report;
}
