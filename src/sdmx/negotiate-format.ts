// Content negotiation, SDMX REST: the Accept header (or `?format=` for plain links) picks the
// representation. SICREMI writes SDMX-JSON (2.0.0, 1.0.0), SDMX-CSV (2.0.0, 1.0.0) and SDMX-ML
// (2.1 generic and structure-specific data, 2.1 structure; on /sdmx/v2 also 3.0 structure and
// structure-specific data; `application/xml` and `text/xml`
// mean generic data or a structure message); a client that accepts none of them gets 406. The response media type echoes the negotiated one exactly
// (no charset: SDMX formats are UTF-8 by definition, and clients compare the type verbatim).
export type ApiVersion = 'v2' | 'v1';
export type Labels = 'id' | 'both' | 'name';
/** SDMX-CSV options beside labels: key columns and how TIME_PERIOD is written. */
export interface CsvOptions {
  keys: 'none' | 'obs' | 'series' | 'both';
  timeFormat: 'original' | 'normalized';
}
const KEYS: readonly CsvOptions['keys'][] = ['none', 'obs', 'series', 'both'];
const TIME_FORMATS: readonly CsvOptions['timeFormat'][] = ['original', 'normalized'];

/**
 * The SDMX-CSV options from the query string, else from the negotiated Accept parameters;
 * undefined when a value is not one SDMX-CSV defines.
 */
export function readCsvOptions(
  query: { keys?: string | undefined; timeFormat?: string | undefined },
  accepted: Partial<CsvOptions> = {},
): CsvOptions | undefined {
  const keys = (query.keys ?? accepted.keys ?? 'none') as CsvOptions['keys'];
  const timeFormat = (query.timeFormat ?? accepted.timeFormat ?? 'original') as CsvOptions['timeFormat'];
  return KEYS.includes(keys) && TIME_FORMATS.includes(timeFormat) ? { keys, timeFormat } : undefined;
}

export type DataFormat =
  | { kind: 'json'; version: '2.0.0' | '1.0.0'; mediaType: string }
  | {
      kind: 'csv';
      version: '2.0.0' | '1.0.0';
      labels: Labels;
      mediaType: string;
      /** keys / timeFormat given as Accept parameters. */
      accepted?: Partial<CsvOptions>;
    }
  | { kind: 'xml'; ml: 'generic' | 'structurespecific'; version: '2.1' | '3.0'; mediaType: string };

export type StructureFormat =
  | { kind: 'structure-json'; version: '2.0.0' | '1.0.0'; mediaType: string }
  | { kind: 'structure-xml'; version: '2.1' | '3.0'; mediaType: string };

const GENERIC_21: DataFormat = {
  kind: 'xml',
  ml: 'generic',
  version: '2.1',
  mediaType: 'application/vnd.sdmx.genericdata+xml;version=2.1',
};
const SPECIFIC_21: DataFormat = {
  kind: 'xml',
  ml: 'structurespecific',
  version: '2.1',
  mediaType: 'application/vnd.sdmx.structurespecificdata+xml;version=2.1',
};
const SPECIFIC_30: DataFormat = {
  kind: 'xml',
  ml: 'structurespecific',
  version: '3.0',
  mediaType: 'application/vnd.sdmx.structurespecificdata+xml;version=3.0.0',
};
const STRUCTURE_30: StructureFormat = {
  kind: 'structure-xml',
  version: '3.0',
  mediaType: 'application/vnd.sdmx.structure+xml;version=3.0.0',
};
const STRUCTURE_21: StructureFormat = {
  kind: 'structure-xml',
  version: '2.1',
  mediaType: 'application/vnd.sdmx.structure+xml;version=2.1',
};

/** Plain XML types answer with the same type (a client asking for text/xml gets text/xml). */
function asPlainXml<T extends { mediaType: string }>(format: T, type: string): T {
  return { ...format, mediaType: `${type}; charset=utf-8` };
}

const isXmlVersion21 = (v: string | undefined) => v === undefined || v === '2.1';
/** SDMX-ML 3.0 is answered on the REST 2.0.0 entry point (/sdmx/v2) only. */
const isXmlVersion30 = (v: string | undefined, api: ApiVersion) =>
  api === 'v2' && /^3(\.0){0,2}$/.test(v ?? '');

/** Whether a client prefers XML: its errors are then SDMX-ML error messages. */
export function prefersXml(accept: string | undefined, format: string | undefined): boolean {
  if (format !== undefined)
    return ['genericdata', 'structurespecificdata', 'structure', 'xml'].includes(format.toLowerCase());
  const first = parseAccept(accept)[0];
  return first !== undefined && (first.type.endsWith('+xml') || first.type.endsWith('/xml'));
}

interface MediaRange {
  type: string;
  params: Record<string, string>;
  q: number;
}

export function parseAccept(header: string | undefined): MediaRange[] {
  if (!header?.trim()) return [{ type: '*/*', params: {}, q: 1 }];
  return header
    .split(',')
    .map((part, order) => {
      const [type = '', ...rest] = part.split(';').map((s) => s.trim());
      const params: Record<string, string> = {};
      for (const p of rest) {
        const eq = p.indexOf('=');
        if (eq > 0)
          params[p.slice(0, eq).trim().toLowerCase()] = p
            .slice(eq + 1)
            .trim()
            .replace(/^"|"$/g, '');
      }
      const q = params.q === undefined ? 1 : Number(params.q);
      return { type: type.toLowerCase(), params, q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((r) => r.q > 0 && r.type)
    .sort((a, b) => b.q - a.q || a.order - b.order);
}

function normaliseVersion(v: string | undefined, fallback: '2.0.0' | '1.0.0'): '2.0.0' | '1.0.0' | undefined {
  if (v === undefined) return fallback;
  if (/^2(\.0){0,2}$/.test(v)) return '2.0.0';
  if (/^1(\.0){0,2}$/.test(v)) return '1.0.0';
  return undefined;
}

function jsonData(version: '2.0.0' | '1.0.0'): DataFormat {
  return { kind: 'json', version, mediaType: `application/vnd.sdmx.data+json;version=${version}` };
}

export function csvData(version: '2.0.0' | '1.0.0', labels: Labels): DataFormat {
  const suffix = labels === 'id' ? '' : `;labels=${labels}`;
  return {
    kind: 'csv',
    version,
    labels,
    mediaType: `application/vnd.sdmx.data+csv;version=${version}${suffix}`,
  };
}

function readLabels(value: string | undefined, version: '2.0.0' | '1.0.0'): Labels | undefined {
  if (value === undefined || value === 'id') return 'id';
  if (value === 'both') return 'both';
  if (value === 'name' && version === '2.0.0') return 'name';
  return undefined;
}

function dataFromRange(range: MediaRange, api: ApiVersion): DataFormat | undefined {
  const fallback = api === 'v2' ? '2.0.0' : '1.0.0';
  switch (range.type) {
    case '*/*':
    case 'application/*':
    case 'application/json':
      return jsonData(fallback);
    case 'text/*':
    case 'text/csv':
      return csvData(fallback, readLabels(range.params.labels, fallback) ?? 'id');
    case 'application/vnd.sdmx.data+json': {
      const version = normaliseVersion(range.params.version, fallback);
      return version ? jsonData(version) : undefined;
    }
    case 'application/vnd.sdmx.data+csv': {
      const version = normaliseVersion(range.params.version, fallback);
      const labels = version ? readLabels(range.params.labels, version) : undefined;
      if (!version || !labels) return undefined;
      const accepted: Partial<CsvOptions> = {};
      const keys = range.params.keys ?? range.params.key;
      if (keys) accepted.keys = keys as CsvOptions['keys'];
      if (range.params.timeformat) accepted.timeFormat = range.params.timeformat as CsvOptions['timeFormat'];
      return { ...(csvData(version, labels) as Extract<DataFormat, { kind: 'csv' }>), accepted };
    }
    case 'application/xml':
    case 'text/xml':
      return asPlainXml(GENERIC_21, range.type);
    case 'application/vnd.sdmx.genericdata+xml':
      return isXmlVersion21(range.params.version) ? GENERIC_21 : undefined;
    case 'application/vnd.sdmx.structurespecificdata+xml':
      if (isXmlVersion30(range.params.version, api)) return SPECIFIC_30;
      return isXmlVersion21(range.params.version) ? SPECIFIC_21 : undefined;
    default:
      return undefined;
  }
}

const FORMAT_ALIASES: Record<string, (api: ApiVersion) => DataFormat> = {
  json: (api) => jsonData(api === 'v2' ? '2.0.0' : '1.0.0'),
  jsondata: (api) => jsonData(api === 'v2' ? '2.0.0' : '1.0.0'),
  'sdmx-json': (api) => jsonData(api === 'v2' ? '2.0.0' : '1.0.0'),
  csv: (api) => csvData(api === 'v2' ? '2.0.0' : '1.0.0', 'id'),
  csvfile: (api) => csvData(api === 'v2' ? '2.0.0' : '1.0.0', 'id'),
  'sdmx-csv': (api) => csvData(api === 'v2' ? '2.0.0' : '1.0.0', 'id'),
  csvfilewithlabels: (api) => csvData(api === 'v2' ? '2.0.0' : '1.0.0', 'both'),
  genericdata: () => GENERIC_21,
  structurespecificdata: () => SPECIFIC_21,
  xml: () => GENERIC_21,
};

/** The data format to answer with, or undefined for 406. `format` (a link's ?format=) wins. */
export function negotiateDataFormat(
  accept: string | undefined,
  format: string | undefined,
  labels: string | undefined,
  api: ApiVersion,
): DataFormat | undefined {
  if (format !== undefined) {
    const chosen = FORMAT_ALIASES[format.toLowerCase()]?.(api);
    if (chosen?.kind !== 'csv' || labels === undefined) return chosen;
    const wanted = readLabels(labels, chosen.version);
    return wanted ? csvData(chosen.version, wanted) : undefined;
  }
  for (const range of parseAccept(accept)) {
    const chosen = dataFromRange(range, api);
    if (chosen) return chosen;
  }
  return undefined;
}

function structureJson(version: '2.0.0' | '1.0.0'): StructureFormat {
  return {
    kind: 'structure-json',
    version,
    mediaType: `application/vnd.sdmx.structure+json;version=${version}`,
  };
}

export function negotiateStructureFormat(
  accept: string | undefined,
  format: string | undefined,
  api: ApiVersion,
): StructureFormat | undefined {
  const fallback = api === 'v2' ? '2.0.0' : '1.0.0';
  if (format !== undefined) {
    const wanted = format.toLowerCase();
    if (wanted === 'structure' || wanted === 'xml') return STRUCTURE_21;
    return ['json', 'sdmx-json'].includes(wanted) ? structureJson(fallback) : undefined;
  }
  for (const range of parseAccept(accept)) {
    if (['*/*', 'application/*', 'application/json'].includes(range.type)) return structureJson(fallback);
    if (range.type === 'application/xml' || range.type === 'text/xml')
      return asPlainXml(STRUCTURE_21, range.type);
    if (range.type === 'application/vnd.sdmx.structure+xml') {
      if (isXmlVersion30(range.params.version, api)) return STRUCTURE_30;
      if (isXmlVersion21(range.params.version)) return STRUCTURE_21;
    }
    if (range.type === 'application/vnd.sdmx.structure+json') {
      const version = normaliseVersion(range.params.version, fallback);
      if (version) return structureJson(version);
    }
  }
  return undefined;
}

export const DATA_MEDIA_TYPES = [
  'application/vnd.sdmx.data+json;version=2.0.0',
  'application/vnd.sdmx.data+json;version=1.0.0',
  'application/vnd.sdmx.data+csv;version=2.0.0;labels=[id|both|name]',
  'application/vnd.sdmx.data+csv;version=1.0.0;labels=[id|both]',
  'application/vnd.sdmx.genericdata+xml;version=2.1',
  'application/vnd.sdmx.structurespecificdata+xml;version=2.1',
  'application/vnd.sdmx.structurespecificdata+xml;version=3.0.0 (/sdmx/v2)',
  'application/xml',
  'text/xml',
];

export const STRUCTURE_MEDIA_TYPES = [
  'application/vnd.sdmx.structure+json;version=2.0.0',
  'application/vnd.sdmx.structure+json;version=1.0.0',
  'application/vnd.sdmx.structure+xml;version=2.1',
  'application/vnd.sdmx.structure+xml;version=3.0.0 (/sdmx/v2)',
  'application/xml',
  'text/xml',
];
