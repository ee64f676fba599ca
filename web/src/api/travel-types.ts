// Shapes of the catalogue (/api/catalog) and of the reference metadata on sources
// (/api/metadata, /api/workspace/metadata), as the server sends them.

export interface CatalogBulkFile {
  name: string;
  url: string;
  mediaType: string;
  sha256: string;
  size: number;
  modified: string;
  releaseIds: number[];
}

export interface CatalogTable {
  id: string;
  name: string;
  description: string;
  url: string;
  kind: 'flow' | 'stock';
  releases: {
    id: number;
    publishedAt: string;
    source: Record<string, unknown>;
    licence: string | null;
    licenceUrl: string | null;
    data: string;
  }[];
  coverage: { countries: { iso3: string; years: string[] }[]; from: string | null; to: string | null };
  modified: string | null;
  licences: { text: string; url: string | null }[];
  bulk: CatalogBulkFile[];
}

export interface CatalogResponse {
  lang: string;
  modified: string | null;
  url: string;
  tables: CatalogTable[];
  bulk: CatalogBulkFile | null;
}

export interface SourceMetadataFields {
  institution: string;
  sourceName: string;
  sourceType: string;
  migrantCriterion: 'BIRTH' | 'CITIZENSHIP';
  referencePeriod: string;
  unit: 'person' | 'permit' | 'event';
  residenceThresholdMonths: number | null;
  coverageNotes: string;
  breaks: { date: string; description: string }[];
  classificationVersions: string;
  sampleAndCvMethod: string;
  disclosureControl: string;
}

export type PublishedSource = Partial<SourceMetadataFields> & {
  table: string;
  edition: string;
  releaseId: number | null;
  publishedAt: string | null;
};

export interface WorkspaceMetadata {
  country: string;
  table: string;
  mayEdit: boolean;
  records: {
    edition: string;
    state: 'draft' | 'published';
    fields: SourceMetadataFields;
    updatedAt: string;
    releaseId: number | null;
  }[];
}
