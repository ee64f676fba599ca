// Reference metadata on sources as an SDMX-JSON 2.0.0 metadata message: one metadata set per
// country × table × source edition, provided by the country (providerID = its ISO3), targeting
// the table's dataflow, reported against the metadataflow OAS:MDF_SOURCES(1.0); the FRAMEWORK §5
// fields are its attributes (BREAKS nests one BREAK per break in series).
import type { SourceMetadataRecord } from '../store/repositories/source-metadata.js';
import { findDataflow, STRUCTURE_VERSION } from './artefacts.js';
import { urnOf } from './urns.js';

/** SDMX 3.0 versions of metadata sets are semantic: MAJOR.MINOR.PATCH. */
export const METADATA_SET_VERSION = '1.0.0';
export const METADATA_MEDIA_TYPE = 'application/vnd.sdmx.metadata+json;version=2.0.0';
export const METADATAFLOW_URN = `urn:sdmx:org.sdmx.infomodel.metadatastructure.Metadataflow=OAS:MDF_SOURCES(${STRUCTURE_VERSION})`;
const SCHEMA =
  'https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/metadata-message/tools/schemas/2.0.0/sdmx-json-metadata-schema.json';

type Attribute = { id: string; value?: string | number; attributes?: Attribute[] };

/** The id of a record's metadata set: COUNTRY_TABLE_EDITION, in the characters ids allow. */
export function metadataSetId(record: Pick<SourceMetadataRecord, 'country' | 'table' | 'edition'>): string {
  const edition = record.edition
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `${record.country}_${record.table}_${edition || 'EDITION'}`;
}

const TEXT_FIELDS: [string, string][] = [
  ['institution', 'INSTITUTION'],
  ['sourceName', 'SOURCE_NAME'],
  ['sourceType', 'SOURCE_TYPE'],
  ['migrantCriterion', 'MIGRANT_CRITERION'],
  ['referencePeriod', 'REFERENCE_PERIOD'],
  ['unit', 'STAT_UNIT'],
  ['coverageNotes', 'COVERAGE'],
  ['classificationVersions', 'CLASSIFICATION_VERSIONS'],
  ['sampleAndCvMethod', 'SAMPLE_CV_METHOD'],
  ['disclosureControl', 'DISCLOSURE_CONTROL'],
];

function attributesOf(record: SourceMetadataRecord): Attribute[] {
  const fields = record.fields as Record<string, unknown>;
  const out: Attribute[] = [{ id: 'SOURCE_EDITION', value: record.edition }];
  for (const [key, id] of TEXT_FIELDS) {
    const value = fields[key];
    if (typeof value === 'string' && value !== '') out.push({ id, value });
  }
  if (typeof fields.residenceThresholdMonths === 'number') {
    out.push({ id: 'RESIDENCE_THRESHOLD_MONTHS', value: fields.residenceThresholdMonths });
  }
  const breaks = Array.isArray(fields.breaks)
    ? (fields.breaks as { date: string; description: string }[])
    : [];
  if (breaks.length > 0) {
    out.push({
      id: 'BREAKS',
      attributes: breaks.map((b) => ({
        id: 'BREAK',
        attributes: [
          { id: 'BREAK_DATE', value: b.date },
          { id: 'BREAK_DESCRIPTION', value: b.description },
        ],
      })),
    });
  }
  return out;
}

export function buildMetadataMessage(
  records: readonly SourceMetadataRecord[],
  options: { self: string; lang: string; prepared?: string },
) {
  return {
    meta: {
      schema: SCHEMA,
      id: `SICREMI-MD-${Date.now()}`,
      test: false,
      prepared: options.prepared ?? new Date().toISOString(),
      contentLanguages: [options.lang],
      sender: { id: 'OAS', name: 'Organization of American States (OAS)' },
      links: [{ href: options.self, rel: 'self', type: 'metadata' }],
    },
    data: {
      metadataSets: records.map((record) => {
        const dataflow = findDataflow(record.table);
        return {
          id: metadataSetId(record),
          agencyID: record.country,
          version: METADATA_SET_VERSION,
          name: `${record.table} — ${record.country} — ${record.edition}`,
          metadataflow: METADATAFLOW_URN,
          ...(record.publishedAt ? { validFrom: record.publishedAt } : {}),
          targets: [
            dataflow
              ? urnOf(dataflow)
              : `urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=OAS:${record.table}(${STRUCTURE_VERSION})`,
          ],
          attributes: attributesOf(record),
        };
      }),
    },
  };
}
