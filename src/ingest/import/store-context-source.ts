// The ingest context read from the store: a country's saved code mappings, its currently
// published figures and the added codes, through the repositories that own those tables.
import type { Kysely } from 'kysely';
import { listCodeMappings } from '../../store/repositories/code-mappings.js';
import { queryPublished } from '../../store/repositories/observations.js';
import { listAddedCodes } from '../../store/repositories/reference-codes.js';
import type { Database } from '../../store/schema.js';
import type { IngestContextSource } from '../pipeline/ingest-context.js';

export function createStoreContextSource(db: Kysely<Database>): IngestContextSource {
  return {
    listCodeMappings: (country) => listCodeMappings(db, country),
    listPublished: (table, country) => queryPublished(db, { table, filters: { REF_AREA: [country] } }),
    listAddedCodes: () => listAddedCodes(db),
  };
}
