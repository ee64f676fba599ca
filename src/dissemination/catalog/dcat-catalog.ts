// The catalogue in DCAT-AP as JSON-LD: a dcat:Catalog published by the OAS, one dcat:Dataset per
// table (titles and descriptions in the four languages, temporal and spatial coverage, landing
// page /tables/:id) and one dcat:Distribution per way to get it — the API in each format and the
// bulk files with their size and SHA-256. Licences are the sources' (on each distribution), the
// code's licence is not the data's. The context is inline: a reader needs nothing from the network.
import { getTable } from '../../framework/index.js';
import type { Labels } from '../../framework/types.js';
import type { Catalog, CatalogBulkFile, CatalogTable } from './read-catalog.js';

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const EU_LANGUAGE = 'http://publications.europa.eu/resource/authority/language/';
const EU_COUNTRY = 'http://publications.europa.eu/resource/authority/country/';
const IANA = 'http://www.iana.org/assignments/media-types/';
const LANGUAGES = { en: 'ENG', es: 'SPA', fr: 'FRA', pt: 'POR' } as const;

export const OAS_PUBLISHER = {
  '@id': 'https://www.oas.org/',
  '@type': 'foaf:Agent',
  'foaf:name': 'Organization of American States (OAS)',
};

function texts(labels: Labels) {
  return Object.entries(labels).map(([lang, value]) => ({ '@value': value, '@language': lang }));
}

const iri = (id: string) => ({ '@id': id });
const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' });
const dateTime = (value: string) => ({ '@value': value, '@type': 'xsd:dateTime' });

function licences(table: CatalogTable) {
  return table.licences.map((l) =>
    l.url
      ? { '@id': l.url, '@type': 'dct:LicenseDocument', 'rdfs:label': l.text }
      : { '@type': 'dct:LicenseDocument', 'rdfs:label': l.text },
  );
}

function apiDistributions(origin: string, table: CatalogTable) {
  const formats: [string, string, string][] = [
    ['JSON', `${origin}/api/data/${table.id}`, 'application/json'],
    ['JSON-stat 2.0', `${origin}/api/data/${table.id}?format=jsonstat`, 'application/json'],
    ['CSV', `${origin}/api/download?table=${table.id}&format=csv`, 'text/csv'],
    [
      'XLSX',
      `${origin}/api/download?table=${table.id}&format=xlsx`,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    [
      'SDMX-CSV 2.0',
      `${origin}/api/download?table=${table.id}&format=sdmx-csv`,
      'application/vnd.sdmx.data+csv',
    ],
    [
      'SDMX-JSON 2.0',
      `${origin}/sdmx/v2/data/dataflow/OAS/${table.id}/*/*`,
      'application/vnd.sdmx.data+json',
    ],
  ];
  return formats.map(([title, url, media]) => ({
    '@id': `${table.url}#api-${title.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}`,
    '@type': 'dcat:Distribution',
    'dct:title': `${table.id} — ${title}`,
    'dcat:accessURL': iri(url),
    'dcat:mediaType': iri(`${IANA}${media}`),
    'dct:license': licences(table),
  }));
}

function bulkDistribution(file: CatalogBulkFile, licence: ReturnType<typeof licences>) {
  const csv = file.name.endsWith('.sdmx.csv.gz') ? 'application/vnd.sdmx.data+csv' : 'text/csv';
  return {
    '@id': file.url,
    '@type': 'dcat:Distribution',
    'dct:title': file.name,
    'dcat:accessURL': iri(file.url),
    'dcat:downloadURL': iri(file.url),
    ...(file.mediaType === 'application/gzip'
      ? { 'dcat:mediaType': iri(`${IANA}${csv}`), 'dcat:compressFormat': iri(`${IANA}application/gzip`) }
      : { 'dcat:mediaType': iri(`${IANA}${file.mediaType}`) }),
    'dcat:byteSize': { '@value': String(file.size), '@type': 'xsd:nonNegativeInteger' },
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': iri('http://spdx.org/rdf/terms#checksumAlgorithm_sha256'),
      'spdx:checksumValue': { '@value': file.sha256, '@type': 'xsd:hexBinary' },
    },
    'dct:modified': dateTime(file.modified),
    'dct:license': licence,
  };
}

function dataset(origin: string, table: CatalogTable) {
  const def = getTable(table.id)!;
  return {
    '@id': table.url,
    '@type': 'dcat:Dataset',
    'dct:identifier': table.id,
    'dct:title': texts(def.names),
    'dct:description': texts(def.descriptions),
    'dct:publisher': iri(OAS_PUBLISHER['@id']),
    'dcat:landingPage': iri(table.url),
    'dcat:keyword': ['migration', 'labour migration', 'Americas', 'SICREMI'],
    ...(table.modified ? { 'dct:modified': dateTime(table.modified) } : {}),
    ...(table.coverage.from && table.coverage.to
      ? {
          'dct:temporal': {
            '@type': 'dct:PeriodOfTime',
            'dcat:startDate': date(`${table.coverage.from}-01-01`),
            'dcat:endDate': date(`${table.coverage.to}-12-31`),
          },
        }
      : {}),
    'dct:spatial': table.coverage.countries.map((c) => iri(`${EU_COUNTRY}${c.iso3}`)),
    'dcat:distribution': [
      ...apiDistributions(origin, table),
      ...table.bulk.map((f) => bulkDistribution(f, licences(table))),
    ],
  };
}

export function buildDcatCatalog(origin: string, catalog: Catalog) {
  const modified = catalog.tables
    .map((t) => t.modified ?? '')
    .sort()
    .at(-1);
  return {
    '@context': DCAT_CONTEXT,
    '@id': `${origin}/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': texts({
      en: 'SICREMI — labour migration statistics of the Americas',
      es: 'SICREMI — estadísticas de migración laboral de las Américas',
      fr: 'SICREMI — statistiques des migrations de travail des Amériques',
      pt: 'SICREMI — estatísticas de migração laboral das Américas',
    }),
    'dct:description': texts({
      en: 'Comparable statistics on labour migration submitted by the OAS member states to the Continuous Reporting System on Labour Migration of the Americas.',
      es: 'Estadísticas comparables de migración laboral enviadas por los Estados miembros de la OEA al Sistema Continuo de Reportes sobre Migración Laboral en las Américas.',
      fr: 'Statistiques comparables des migrations de travail transmises par les États membres de l’OEA au Système continu de rapports sur les migrations de travail dans les Amériques.',
      pt: 'Estatísticas comparáveis de migração laboral enviadas pelos Estados membros da OEA ao Sistema Contínuo de Relatórios sobre Migração Laboral nas Américas.',
    }),
    'dct:publisher': OAS_PUBLISHER,
    'foaf:homepage': iri(`${origin}/`),
    'dct:language': Object.values(LANGUAGES).map((code) => iri(`${EU_LANGUAGE}${code}`)),
    ...(modified ? { 'dct:modified': dateTime(modified) } : {}),
    'dcat:dataset': catalog.tables.filter((t) => t.releases.length > 0).map((t) => dataset(origin, t)),
    ...(catalog.bulk ? { 'dcat:distribution': bulkDistribution(catalog.bulk, []) } : {}),
  };
}
