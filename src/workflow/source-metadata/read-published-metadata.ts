// The reference metadata the public may read: published records whose release is public now
// (metadata published with an embargoed release wait for it).
import { listSourceMetadata } from '../../store/repositories/source-metadata.js';
import type { Store } from '../../store/store.js';
import type { SourceMetadataFields } from './source-metadata-fields.js';

export type PublishedSourceMetadata = Partial<SourceMetadataFields> & {
  table: string;
  edition: string;
  releaseId: number | null;
  publishedAt: string | null;
};

export async function readPublishedMetadata(
  store: Store,
  country: string,
  table?: string,
): Promise<PublishedSourceMetadata[]> {
  const records = await listSourceMetadata(store.db, {
    country,
    state: 'published',
    publishedBy: new Date().toISOString(),
    ...(table ? { table } : {}),
  });
  return records.map((r) => ({
    ...(r.fields as Partial<SourceMetadataFields>),
    table: r.table,
    edition: r.edition,
    releaseId: r.releaseId,
    publishedAt: r.publishedAt,
  }));
}
