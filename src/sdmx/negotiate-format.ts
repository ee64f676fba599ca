// Content negotiation, SDMX REST: the Accept header (or `?format=` for plain links) picks the
// representation. SICREMI writes SDMX-JSON (2.0.0, 1.0.0) and SDMX-CSV (2.0.0, 1.0.0); a client
// that accepts none of them gets 406. The response media type echoes the negotiated one exactly
// (no charset: SDMX formats are UTF-8 by definition, and clients compare the type verbatim).
export type ApiVersion = 'v2' | 'v1';
export type Labels = 'id' | 'both' | 'name';

export type DataFormat =
  | { kind: 'json'; version: '2.0.0' | '1.0.0'; mediaType: string }
  | { kind: 'csv'; version: '2.0.0' | '1.0.0'; labels: Labels; mediaType: string };

export interface StructureFormat {
  kind: 'structure-json';
  version: '2.0.0' | '1.0.0';
  mediaType: string;
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
      return version && labels ? csvData(version, labels) : undefined;
    }
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
    return ['json', 'sdmx-json', 'structure'].includes(format.toLowerCase())
      ? structureJson(fallback)
      : undefined;
  }
  for (const range of parseAccept(accept)) {
    if (['*/*', 'application/*', 'application/json'].includes(range.type)) return structureJson(fallback);
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
];

export const STRUCTURE_MEDIA_TYPES = [
  'application/vnd.sdmx.structure+json;version=2.0.0',
  'application/vnd.sdmx.structure+json;version=1.0.0',
];
