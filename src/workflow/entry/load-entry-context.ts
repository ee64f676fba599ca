// What a grid is checked against, read exactly as an upload's validation reads it: the
// country's published figures of the table (which also pre-fill the grid) and of related tables.
import type { Kysely } from 'kysely';
import type { Observation } from '../../framework/observation.js';
import { createStoreContextSource, loadIngestContext, type ValidationContext } from '../../ingest/index.js';
import type { Database } from '../../store/schema.js';
import type { EntryScope } from './entry-scope.js';

export interface EntryContext {
  published: readonly Observation[];
  validation: ValidationContext;
}

export async function loadEntryContext(db: Kysely<Database>, scope: EntryScope): Promise<EntryContext> {
  const { validation } = await loadIngestContext(createStoreContextSource(db), scope.table, scope.country);
  return { published: validation.published ?? [], validation };
}
