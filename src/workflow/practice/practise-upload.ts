// POST /api/submissions/practice: a correspondent checks a file for one of its countries (OAS
// staff for any) against the store's saved mappings and published figures, exactly as the
// upload would, and gets the report without creating anything.
import { type ByteSource, createStoreContextSource, type ValidationReport } from '../../ingest/index.js';
import type { Store } from '../../store/store.js';
import { type Actor, canReadCountry } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';
import { assertPracticeTarget, checkPracticeFile } from './check-practice-file.js';

export async function practiseUpload(
  store: Store,
  actor: Actor,
  input: { source: ByteSource; table: string; country: string },
): Promise<ValidationReport> {
  const country = input.country.trim().toUpperCase();
  const table = input.table.trim();
  assertPracticeTarget(table, country);
  if (!canReadCountry(actor, country)) throw new WorkflowError('FORBIDDEN', 403);
  return checkPracticeFile(input.source, {
    table,
    country,
    contextSource: createStoreContextSource(store.db),
  });
}
