// schema.org `Dataset` descriptions of the public pages, for search engines (Google Dataset
// Search reads them from the HTML the server sends): one per table page, one per country page,
// drawn from the same catalogue as /api/catalog and DCAT.
import { getCountry, label } from '../../framework/index.js';
import type { Lang } from '../../framework/types.js';
import { OAS_PUBLISHER } from './dcat-catalog.js';
import type { Catalog, CatalogTable } from './read-catalog.js';

const PUBLISHER = { '@type': 'Organization', name: OAS_PUBLISHER['foaf:name'], url: OAS_PUBLISHER['@id'] };

function countryPlace(iso3: string, lang: Lang) {
  const country = getCountry(iso3);
  return { '@type': 'Country', name: country ? label(country.names, lang) : iso3, identifier: iso3 };
}

function temporal(from: string | null, to: string | null): string | undefined {
  return from && to ? (from === to ? from : `${from}/${to}`) : undefined;
}

export function tableDataset(table: CatalogTable, lang: Lang) {
  const period = temporal(table.coverage.from, table.coverage.to);
  const licence = table.licences.find((l) => l.url)?.url;
  return {
    '@context': 'https://schema.org/',
    '@type': 'Dataset',
    '@id': table.url,
    name: `SICREMI — ${table.name}`,
    description: table.description,
    url: table.url,
    identifier: table.id,
    inLanguage: lang,
    isAccessibleForFree: true,
    publisher: PUBLISHER,
    creator: PUBLISHER,
    ...(licence ? { license: licence } : {}),
    ...(table.modified ? { dateModified: table.modified } : {}),
    ...(period ? { temporalCoverage: period } : {}),
    spatialCoverage: table.coverage.countries.map((c) => countryPlace(c.iso3, lang)),
    distribution: [
      ...table.bulk.map((f) => ({
        '@type': 'DataDownload',
        name: f.name,
        contentUrl: f.url,
        encodingFormat: f.name.endsWith('.sdmx.csv.gz') ? 'application/vnd.sdmx.data+csv' : 'text/csv',
        contentSize: String(f.size),
        sha256: f.sha256,
        dateModified: f.modified,
      })),
      {
        '@type': 'DataDownload',
        contentUrl: table.url.replace(/\/tables\/.*$/, `/api/data/${table.id}?format=jsonstat`),
        encodingFormat: 'application/json',
      },
    ],
  };
}

export interface CountrySources {
  /** Published reference metadata of the country's tables, as one line each. */
  techniques: string[];
}

export function countryDataset(
  catalog: Catalog,
  origin: string,
  iso3: string,
  lang: Lang,
  sources: CountrySources = { techniques: [] },
) {
  const tables = catalog.tables.filter((t) => t.coverage.countries.some((c) => c.iso3 === iso3));
  const years = tables.flatMap((t) => t.coverage.countries.find((c) => c.iso3 === iso3)?.years ?? []).sort();
  const place = countryPlace(iso3, lang);
  const period = temporal(years[0] ?? null, years.at(-1) ?? null);
  const url = `${origin}/countries/${iso3}`;
  return {
    '@context': 'https://schema.org/',
    '@type': 'Dataset',
    '@id': url,
    name: `SICREMI — ${place.name}`,
    description: `${place.name}: ${tables.map((t) => t.name).join('; ') || '—'}. SICREMI, Organization of American States (OAS).`,
    url,
    inLanguage: lang,
    isAccessibleForFree: true,
    publisher: PUBLISHER,
    creator: PUBLISHER,
    spatialCoverage: place,
    ...(period ? { temporalCoverage: period } : {}),
    ...(sources.techniques.length > 0 ? { measurementTechnique: sources.techniques } : {}),
    hasPart: tables.map((t) => ({ '@type': 'Dataset', '@id': t.url, name: t.name, url: t.url })),
  };
}
