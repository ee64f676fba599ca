// The ingest context read from the store: a country's saved code mappings, its currently
// published figures — each with the source edition of its release, so outliers compare like
// with like — and the added codes, through the repositories that own those tables.
import type { Kysely } from 'kysely';
import type { TableDef } from '../../framework/types.js';
import { listCodeMappings } from '../../store/repositories/code-mappings.js';
import { queryPublished } from '../../store/repositories/observations.js';
import { listAddedCodes } from '../../store/repositories/reference-codes.js';
import { listReleaseEditions } from '../../store/repositories/release-editions.js';
import type { Database } from '../../store/schema.js';
import type { IngestContextSource } from '../pipeline/ingest-context.js';

export function createStoreContextSource(db: Kysely<Database>): IngestContextSource {
  return {
    listCodeMappings: (country) => listCodeMappings(db, country),
    listPublished: (table, country) => listPublishedWithEditions(db, table, country),
    listAddedCodes: () => listAddedCodes(db),
  };
}

async function listPublishedWithEditions(db: Kysely<Database>, table: TableDef, country: string) {
  const published = await queryPublished(db, { table, filters: { REF_AREA: [country] } });
  const editions = await listReleaseEditions(db, [...new Set(published.map((o) => o.releaseId))]);
  return published.map((o) => ({ ...o, edition: editions.get(o.releaseId) ?? `release ${o.releaseId}` }));
}
