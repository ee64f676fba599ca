// The dissemination routes (issue 5): public data as JSON, releases, countries, indicators and
// downloads, plus their authenticated unsuppressed twins. SDMX (/sdmx/v2, /sdmx/v1) follows the
// SDMX REST standard and is described by it, not here.
import { z } from 'zod';
import { errors, ok, pathParameter, queryParameters, schemaOf } from './openapi-helpers.js';

const signedIn = [{ session: [] }, { bearer: [] }];

const Code = z.string().regex(/^[A-Za-z0-9_@$-]+$/);

export const DataQuery = z.object({
  startPeriod: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .describe('First year, YYYY'),
  endPeriod: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .describe('Last year, YYYY'),
  lastNPeriods: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Keep the last N periods of each series'),
  asOf: z
    .string()
    .optional()
    .describe('Read the table as it stood at this ISO 8601 time (never later than now)'),
  release: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Read the table as it stood when this release was published'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .optional()
    .describe('Row limit (default 50000); past it, truncated=true and total says how many exist'),
  lang: z.enum(['en', 'es', 'fr', 'pt']).optional().describe('Language of names (else Accept-Language)'),
});

const dimensionFilters = {
  name: 'filters',
  in: 'query',
  required: false,
  style: 'form',
  explode: true,
  description:
    'Dimension filters by id, codes separated by commas: REF_AREA=CHL,ARG&SEX=F,M. An unknown upper-case name is UNKNOWN_DIMENSION (400).',
  schema: {
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { REF_AREA: 'CHL', SEX: 'F,M' },
  },
};

const Named = z.object({ id: z.string(), name: z.string() });
const Release = z.object({
  id: z.number().int(),
  publishedAt: z.string(),
  source: z
    .record(z.string(), z.unknown())
    .describe('Publisher, edition, table, citation, licence of the figures'),
});

export const DataAnswerSchema = z.object({
  table: Named,
  lang: z.enum(['en', 'es', 'fr', 'pt']),
  asOf: z.string().describe('The visibility time the answer was read at'),
  releases: z.array(Release).describe('The releases the rows come from'),
  dimensions: z
    .array(z.object({ id: z.string(), name: z.string(), codes: z.array(Named) }))
    .describe('Codes present in the result'),
  observations: z.array(
    z.object({
      key: z.record(z.string(), Code),
      value: z.number().nullable().describe('null when empty or suppressed (then status Q)'),
      status: z
        .string()
        .describe(
          'CL_OBS_STATUS; Q = suppressed by disclosure control; U = low reliability (survey CV 16.6–33.3 %)',
        ),
      conf: z
        .string()
        .describe(
          'CL_CONF_STATUS; C/N/D = protected by the sender, S = suppressed to protect another cell, N = unreliable survey cell',
        ),
      note: z.string().nullable(),
      releaseId: z.number().int(),
      protection: z
        .enum(['primary', 'secondary'])
        .optional()
        .describe('Restricted route only: how the public sees this cell'),
    }),
  ),
  count: z.number().int(),
  total: z.number().int().describe('Rows the query matches in all'),
  truncated: z.boolean().describe('True when limit cut the answer: never a silent cut'),
});

export const PivotQuery = DataQuery.omit({ limit: true }).extend({
  rows: z
    .string()
    .optional()
    .describe('Dimensions down the rows, in order, comma-separated (e.g. COUNTRY_OF_BIRTH)'),
  cols: z.string().optional().describe('Dimensions across the columns, in order (e.g. SEX,TIME_PERIOD)'),
  offset: z.coerce.number().int().min(0).optional().describe('First row of the window (default 0)'),
  rowLimit: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Rows in the window (default 100, at most 500)'),
});

const PivotCell = z
  .object({
    value: z.number().nullable(),
    status: z.string(),
    conf: z.string(),
    note: z.number().int().positive().optional().describe('Footnote number: notes[note - 1]'),
    coverage: z
      .object({
        countries: z.number().int(),
        of: z.number().int(),
        flagged: z
          .record(z.string(), z.number().int())
          .optional()
          .describe('How many of those member states carry D (definition differs), U or E'),
      })
      .optional()
      .describe('Regional aggregates: member states whose value went in, of the region’s members'),
  })
  .nullable();

export const PivotAnswerSchema = z.object({
  table: Named,
  lang: z.enum(['en', 'es', 'fr', 'pt']),
  asOf: z.string(),
  releases: z.array(Release),
  rowDims: z.array(Named).describe('Every dimension with more than one code is on rows or columns'),
  colDims: z.array(Named),
  fixed: z
    .array(Named.extend({ code: z.string(), codeName: z.string() }))
    .describe('Dimensions with one code'),
  codes: z
    .record(z.string(), z.array(Named))
    .describe('Codes present per laid-out dimension, in reading order'),
  periods: z.array(z.string()),
  colKeys: z.array(z.array(z.string())).describe('Column headers (at most 1000)'),
  columnCount: z.number().int().describe('Columns of the layout; more than colKeys when cut'),
  rowCount: z.number().int(),
  offset: z.number().int(),
  rows: z.array(z.object({ key: z.array(z.string()), cells: z.array(PivotCell) })),
  notes: z.array(z.string()),
  statuses: z.array(z.string()),
  confs: z.array(z.string()),
  count: z.number().int().describe('Observations laid out'),
  total: z.number().int().describe('Observations the selection matches'),
  truncated: z.boolean().describe('True past 200,000 observations: never a silent cut'),
});

const ReleasesAnswer = z.object({
  releases: z.array(
    Release.extend({ table: z.string(), notes: z.string().nullable(), observationCount: z.number().int() }),
  ),
});

const RevisedValue = z.object({
  value: z.number().nullable(),
  status: z.string(),
  note: z.string().nullable(),
  releaseId: z.number().int(),
});
const RevisionsAnswer = z.object({
  release: z.object({
    id: z.number().int(),
    table: z.string(),
    publishedAt: z.string(),
    sourceId: z.string().nullable(),
    sourceEdition: z.string().nullable(),
  }),
  count: z.number().int(),
  revisions: z.array(
    z.object({ key: z.record(z.string(), z.string()), old: RevisedValue, new: RevisedValue.nullable() }),
  ),
});

const ProfilePoint = z.object({
  year: z.string(),
  value: z.number().nullable(),
  suppressed: z.boolean(),
  flags: z.array(z.string()),
  notes: z.array(z.string()),
  releaseIds: z.array(z.number().int()),
  source: z.string().nullable(),
  edition: z.string().nullable(),
  editionTitle: z.string().nullable(),
  break: z.boolean().describe('A break in series (B): charts mark it and no change crosses it'),
});
const ProfileSeries = z.object({
  points: z.array(ProfilePoint),
  latest: ProfilePoint.nullable(),
  change: z
    .object({
      from: z.string(),
      to: z.string(),
      value: z.number().nullable(),
      flags: z.array(z.string()),
      directional: z.boolean().describe('False when a flagged input (E, P, U, D) could reverse it'),
      absent: z.enum(['MISSING', 'SOURCE', 'EDITION', 'BREAK', 'ZERO_BASE']).optional(),
    })
    .nullable(),
});
const CountryAnswer = z.object({
  lang: z.string(),
  name: z.string(),
  iso3: z.string(),
  at: z.string(),
  series: z.object({
    stock: ProfileSeries,
    share: ProfileSeries,
    inflows: ProfileSeries,
    asylum: ProfileSeries,
  }),
});

const CountriesAnswer = z.object({
  lang: z.string(),
  date: z.string(),
  countries: z.array(
    z.object({
      iso3: z.string(),
      iso2: z.string(),
      name: z.string(),
      status: z.enum(['member', 'non-participating', 'withdrawn']).nullable(),
      phase: z.enum(['I', 'II', 'III']).nullable(),
      groupings: z.array(Named),
    }),
  ),
  groupings: z.array(Named.extend({ members: z.array(z.string()) })),
});

const IndicatorInfo = z.object({
  id: z.string(),
  name: z.string(),
  formula: z.string(),
  unit: z.enum(['per_1000', 'percent', 'pp', 'ratio']),
  tables: z.array(z.string()),
  notes: z.string().nullable(),
  bySex: z.boolean(),
  breakdowns: z.array(z.string()),
  available: z.boolean(),
  reason: z.string().optional().describe('Why it cannot be computed from SICREMI tables'),
});

const IndicatorQuery = z.object({
  country: z
    .string()
    .optional()
    .describe('ISO3 codes, comma-separated (aggregates always cover every member)'),
  year: z.string().optional().describe('Years, comma-separated'),
  sex: z.enum(['_T', 'F', 'M']).optional().describe('Default _T; F/M only for indicators by sex'),
  lang: z.enum(['en', 'es', 'fr', 'pt']).optional(),
});

const IndicatorAnswer = z.object({
  indicator: IndicatorInfo,
  lang: z.string(),
  sex: z.string(),
  values: z.array(
    z.object({
      country: z.string(),
      year: z.string(),
      sex: z.string(),
      breakdown: z.record(z.string(), z.string()),
      value: z
        .number()
        .nullable()
        .describe('null (status Q) when an input is suppressed, or for a change that is absent'),
      status: z.string().describe('Gravest status of the inputs: D > U > E > P > B, else A'),
      flags: z.array(z.string()).describe('Every propagated flag of the inputs, gravest first'),
      absent: z
        .enum(['MISSING', 'SOURCE', 'EDITION', 'BREAK', 'ZERO_BASE'])
        .optional()
        .describe('CHANGE_PCT: why no change is computed (another source, edition, a break)'),
      directional: z
        .boolean()
        .optional()
        .describe('CHANGE_PCT: false when a flagged input (E, P, U, D) could reverse the change'),
      inputs: z.array(
        z.object({
          table: z.string(),
          key: z.record(z.string(), z.string()),
          value: z.number().nullable(),
          status: z.string(),
          releaseId: z.number().int(),
          source: z.string().describe('Source series of the release (FRAMEWORK §9)'),
          edition: z.string(),
        }),
      ),
    }),
  ),
  aggregates: z.array(
    z.object({
      grouping: z.string().describe('OAS, NAM, CAM, CAR, SAM, CARICOM, MERCOSUR, ANDEAN, SICA, OECD'),
      name: z.string(),
      year: z.string(),
      sex: z.string(),
      breakdown: z.record(z.string(), z.string()),
      value: z.number().nullable().describe('The formula on quantities summed over the covered countries'),
      status: z.string(),
      flags: z.array(z.string()),
      countries: z.number().int().describe('Countries covered'),
      members: z.number().int().describe('Members of the grouping'),
      covered: z.array(z.string()),
      flagged: z
        .record(z.string(), z.number().int())
        .describe('How many covered countries carry D (definition differs), U or E'),
    }),
  ),
  releases: z.array(Release.extend({ table: z.string() })),
});

const DownloadQuery = DataQuery.extend({
  table: z.string().describe('Table id, e.g. MIG_STOCK_FB'),
  format: z
    .enum(['csv', 'xlsx', 'sdmx-csv', 'jsonstat'])
    .optional()
    .describe('Default csv; jsonstat is a JSON-stat 2.0 dataset'),
  labels: z.enum(['id', 'both', 'name']).optional().describe('SDMX-CSV labels (default id)'),
});

const cacheHeaders = {
  ETag: { description: 'Changes with the set of public releases', schema: { type: 'string' } },
  'Cache-Control': {
    description:
      'public, max-age=0, must-revalidate, stale-while-revalidate ≤ 30 s (shorter before an embargo ends)',
    schema: { type: 'string' },
  },
};

function dataRoute(restricted: boolean) {
  return {
    get: {
      tags: ['data'],
      summary: restricted
        ? 'Unsuppressed figures for OAS staff and the correspondents of the country'
        : 'Published figures of a table, disclosure control applied (suppressed cells: value null, status Q)',
      ...(restricted ? { security: signedIn } : {}),
      parameters: [
        pathParameter('table', 'Table id, e.g. MIG_STOCK_FB'),
        dimensionFilters,
        ...queryParameters(DataQuery),
        {
          name: 'format',
          in: 'query',
          required: false,
          description:
            'json (default) or jsonstat: a JSON-stat 2.0 dataset (OBS_STATUS as status; flags, footnotes and release ids in extension.sicremi)',
          schema: { type: 'string', enum: ['json', 'jsonstat'] },
        },
      ],
      responses: {
        '200': { ...ok('The observations', schemaOf(DataAnswerSchema)), headers: cacheHeaders },
        '304': { description: 'Not modified (If-None-Match)' },
        ...errors(...(restricted ? [400, 401, 404] : [400, 404])),
      },
    },
  };
}

function pivotRoute(restricted: boolean) {
  return {
    get: {
      tags: ['data'],
      summary: restricted
        ? 'The unsuppressed figures as a pivot table, for OAS staff and the country’s correspondents'
        : 'A table’s published figures laid out as a pivot table on the server, one window of rows at a time (nothing summed: totals are the published _T cells)',
      ...(restricted ? { security: signedIn } : {}),
      parameters: [
        pathParameter('table', 'Table id, e.g. MIG_STOCK_FB'),
        dimensionFilters,
        ...queryParameters(PivotQuery),
      ],
      responses: {
        '200': {
          ...ok('The layout and one window of rows', schemaOf(PivotAnswerSchema)),
          headers: cacheHeaders,
        },
        '304': { description: 'Not modified (If-None-Match)' },
        ...errors(...(restricted ? [400, 401, 404] : [400, 404])),
      },
    },
  };
}

function downloadRoute(restricted: boolean) {
  return {
    get: {
      tags: ['data'],
      summary: restricted
        ? 'Unsuppressed download for authorised users (XLSX marked RESTRICTED)'
        : 'Download any data query: CSV (UTF-8 BOM), XLSX (Data + About sheets with citation) or SDMX-CSV; streamed',
      ...(restricted ? { security: signedIn } : {}),
      parameters: [dimensionFilters, ...queryParameters(DownloadQuery)],
      responses: {
        '200': {
          description:
            'The file (Content-Disposition: attachment). With limit: X-Total-Count and X-Truncated.',
          headers: cacheHeaders,
          content: {
            'text/csv': { schema: { type: 'string' } },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: { type: 'string', format: 'binary' },
            },
            'application/vnd.sdmx.data+csv;version=2.0.0': { schema: { type: 'string' } },
          },
        },
        '304': { description: 'Not modified (If-None-Match)' },
        ...errors(...(restricted ? [400, 401, 404] : [400, 404])),
      },
    },
  };
}

export const DISSEMINATION_PATHS: Record<string, unknown> = {
  '/api/data/{table}': dataRoute(false),
  '/api/restricted/data/{table}': dataRoute(true),
  '/api/data/{table}/pivot': pivotRoute(false),
  '/api/restricted/data/{table}/pivot': pivotRoute(true),
  '/api/download': downloadRoute(false),
  '/api/restricted/download': downloadRoute(true),
  '/api/releases': {
    get: {
      tags: ['data'],
      summary: 'The latest public releases (embargoed ones are not listed until their time)',
      parameters: queryParameters(
        z.object({
          table: z.string().optional().describe('Only this table'),
          limit: z.coerce.number().int().min(1).max(500).optional().describe('Default 20'),
        }),
      ),
      responses: { '200': ok('Releases, newest first', schemaOf(ReleasesAnswer)), ...errors(400, 404) },
    },
  },
  '/api/releases/{id}/revisions': {
    get: {
      tags: ['data'],
      summary: 'What a public release revised: old → new per cell (FRAMEWORK §9), after disclosure control',
      parameters: [pathParameter('id', 'Release number')],
      responses: { '200': ok('Revised cells', schemaOf(RevisionsAnswer)), ...errors(400, 404) },
    },
  },
  '/api/countries': {
    get: {
      tags: ['data'],
      summary: 'OAS member states: names, membership status and phase today, groupings',
      parameters: queryParameters(z.object({ lang: z.enum(['en', 'es', 'fr', 'pt']).optional() })),
      responses: { '200': ok('Member states', schemaOf(CountriesAnswer)) },
    },
  },
  '/api/countries/{iso3}': {
    get: {
      tags: ['data'],
      summary:
        'A member state’s key series, each change with its flags or its absence and why (FRAMEWORK §7, §9)',
      parameters: [
        pathParameter('iso3', 'ISO 3166-1 alpha-3 code of a member state'),
        ...queryParameters(z.object({ lang: z.enum(['en', 'es', 'fr', 'pt']).optional() })),
      ],
      responses: { '200': ok('Key series', schemaOf(CountryAnswer)), ...errors(404) },
    },
  },
  '/api/indicators': {
    get: {
      tags: ['indicators'],
      summary: 'The indicators of FRAMEWORK §7',
      parameters: queryParameters(z.object({ lang: z.enum(['en', 'es', 'fr', 'pt']).optional() })),
      responses: {
        '200': ok('Indicators', schemaOf(z.object({ lang: z.string(), indicators: z.array(IndicatorInfo) }))),
      },
    },
  },
  '/api/indicators/{id}': {
    get: {
      tags: ['indicators'],
      summary: 'An indicator computed from published data, with inputs, status and regional aggregates',
      parameters: [pathParameter('id', 'Indicator id, e.g. FB_SHARE'), ...queryParameters(IndicatorQuery)],
      responses: { '200': ok('Values and aggregates', schemaOf(IndicatorAnswer)), ...errors(400, 404) },
    },
  },
};
