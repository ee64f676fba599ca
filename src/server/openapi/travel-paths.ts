// The routes of data that travels (issue 20): bulk files, the catalogue (JSON, DCAT-AP), feeds,
// what a release revised, and the reference metadata on sources. Pages for people and crawlers
// (/tables/:id, /embed/:view, sitemap.xml, robots.txt) are HTML/XML, not API, and are not here.
import { z } from 'zod';
import { SourceMetadataBody } from '../../workflow/source-metadata/source-metadata-fields.js';
import { errors, jsonBody, ok, pathParameter, queryParameters } from './openapi-helpers.js';

const signedIn = [{ session: [] }, { bearer: [] }];
const lang = z.object({
  lang: z.enum(['en', 'es', 'fr', 'pt']).optional().describe('Language (else Accept-Language)'),
});

const binary = (type: string, description: string) => ({
  description,
  headers: {
    ETag: { description: 'Strong: the SHA-256 of the file, quoted', schema: { type: 'string' } },
    'Last-Modified': { description: 'When the file was generated', schema: { type: 'string' } },
  },
  content: { [type]: { schema: { type: 'string', format: 'binary' } } },
});

export const TRAVEL_PATHS = {
  '/bulk/{file}': {
    get: {
      tags: ['bulk'],
      summary:
        'A bulk file: {TABLE}.csv.gz (long CSV, English labels, flags, notes, release ids), {TABLE}.sdmx.csv.gz (SDMX-CSV 2.0) or sicremi-all.zip; regenerated in the background after each publication, disclosure control applied',
      parameters: [
        pathParameter('file', 'e.g. MIG_STOCK_FB.csv.gz, MIG_STOCK_FB.sdmx.csv.gz, sicremi-all.zip'),
      ],
      responses: {
        '200': binary(
          'application/gzip',
          'The file (application/gzip, or application/zip for sicremi-all.zip)',
        ),
        '304': { description: 'Not modified (If-None-Match, If-Modified-Since)' },
        ...errors(404),
      },
    },
  },
  '/api/catalog': {
    get: {
      tags: ['catalogue'],
      summary:
        'Tables, their public releases, coverage by country and year, and bulk files with SHA-256 and size',
      parameters: queryParameters(lang),
      responses: { '200': ok('The catalogue'), '304': { description: 'Not modified' } },
    },
  },
  '/catalog.jsonld': {
    get: {
      tags: ['catalogue'],
      summary:
        'The catalogue in DCAT-AP (JSON-LD): dcat:Catalog, a dcat:Dataset per table, a dcat:Distribution per format',
      responses: {
        '200': {
          description: 'DCAT-AP JSON-LD',
          content: { 'application/ld+json': { schema: { type: 'object' } } },
        },
      },
    },
  },
  '/feeds/releases.atom': {
    get: {
      tags: ['catalogue'],
      summary: 'Atom feed of public releases, newest first, in one language; optionally of one member state',
      parameters: queryParameters(
        lang.extend({ country: z.string().optional().describe('ISO 3166-1 alpha-3 of a member state') }),
      ),
      responses: {
        '200': {
          description: 'Atom 1.0',
          content: { 'application/atom+xml': { schema: { type: 'string' } } },
        },
        ...errors(404),
      },
    },
  },
  '/api/releases/{id}/revisions': {
    get: {
      tags: ['data'],
      summary:
        'What a public release changed: cells added, revised (before and after) and removed, as the public sees them',
      parameters: [pathParameter('id', 'Release id', 'integer')],
      responses: { '200': ok('The revisions'), ...errors(400, 404) },
    },
  },
  '/api/metadata/{country}': {
    get: {
      tags: ['metadata'],
      summary: 'Published reference metadata on the sources of a country (FRAMEWORK §5), every table',
      parameters: [pathParameter('country', 'ISO 3166-1 alpha-3')],
      responses: { '200': ok('The sources'), ...errors(404) },
    },
  },
  '/api/metadata/{country}/{table}': {
    get: {
      tags: ['metadata'],
      summary: 'Published reference metadata on the sources of one table of a country, per source edition',
      parameters: [pathParameter('country', 'ISO 3166-1 alpha-3'), pathParameter('table', 'Table id')],
      responses: { '200': ok('The sources'), ...errors(404) },
    },
  },
  '/api/workspace/metadata/{country}/{table}': {
    get: {
      tags: ['metadata'],
      summary: 'Drafts and published reference metadata (the country’s correspondents and OAS staff)',
      security: signedIn,
      parameters: [pathParameter('country', 'ISO 3166-1 alpha-3'), pathParameter('table', 'Table id')],
      responses: { '200': ok('The records'), ...errors(401, 403, 404) },
    },
    put: {
      tags: ['metadata'],
      summary:
        'Save the draft of one source edition (the country’s correspondents); published with the next release',
      security: signedIn,
      parameters: [pathParameter('country', 'ISO 3166-1 alpha-3'), pathParameter('table', 'Table id')],
      requestBody: jsonBody(SourceMetadataBody),
      responses: { '200': ok('The saved draft'), ...errors(400, 401, 403, 404) },
    },
  },
};
