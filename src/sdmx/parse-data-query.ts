// Data queries of SDMX REST 2.0.0 (/data/{context}/{agency}/{id}/{version}/{key}?c[..]...)
// and 1.5 (/data/{flowRef}/{key}/{provider}?startPeriod&endPeriod&detail...), both read into
// one SdmxDataQuery. SICREMI answers one dataflow per query; `asOf` (a past state) is an
// extension. Problems come back as values with their SDMX status.
import { ATTRIBUTES, DIMENSIONS, OBS_VALUE } from '../framework/index.js';
import { AGENCY, ARTEFACTS, type DataflowArtefact, tableAttributes } from './artefacts.js';
import {
  type ComponentFilter,
  type KeyPattern,
  parseFilterValue,
  parseKeys,
  type SdmxDataQuery,
  selectAttributes,
  unknownOperators,
} from './data-query.js';
import { type RawQuery, rawParam } from './raw-query.js';
import { type Parsed, problem } from './sdmx-problem.js';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function findFlow(id: string, contextType: 'dataflow' | 'datastructure'): DataflowArtefact | undefined {
  const tableId = contextType === 'datastructure' ? id.replace(/^DSD_/, '') : id;
  return ARTEFACTS.find((a): a is DataflowArtefact => a.type === 'dataflow' && a.id === tableId);
}

function versionMatches(wanted: string | undefined, actual: string): boolean {
  if (wanted === undefined || ['', '*', '~', '+', 'latest', 'all'].includes(wanted)) return true;
  const norm = (v: string) => v.replace(/(\.0)+$/, '');
  return wanted.split(',').some((w) => norm(w) === norm(actual));
}

function positiveInt(value: string | undefined, name: string): Parsed<number | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  return /^\d{1,9}$/.test(value) && Number(value) > 0
    ? { ok: true, value: Number(value) }
    : problem(400, `${name} must be a positive integer.`);
}

function isoTime(value: string | undefined, name: string): Parsed<string | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  return ISO_TIME.test(value) && !Number.isNaN(Date.parse(value))
    ? { ok: true, value: new Date(value).toISOString() }
    : problem(400, `${name} must be an ISO 8601 date-time, e.g. 2025-06-30T00:00:00Z.`);
}

function isSicremiComponent(id: string): boolean {
  return id in DIMENSIONS || ATTRIBUTES.some((a) => a.id === id) || id === OBS_VALUE.id;
}

interface Common {
  flow: DataflowArtefact;
  key: string | undefined;
  /** REST 1.5: a key names every dimension (dots included); 2.0.0 lets trailing ones go. */
  exactKey?: boolean;
  extraTime: ComponentFilter[];
  attributes: string;
  measures: boolean;
  includeObservations: boolean;
}

/** What both API versions share: filters, windows, packaging. */
function finish(common: Common, query: RawQuery): Parsed<SdmxDataQuery> {
  const { flow } = common;
  const table = flow.table;
  const dims = table.dimensions.filter((d) => d.id !== 'TIME_PERIOD');
  const keys = parseKeys(common.key, dims.length, common.exactKey);
  if (typeof keys === 'string') return problem(400, keys);

  const dimensionIds = new Set(table.dimensions.map((d) => d.id));
  const valueIds = new Set([...tableAttributes(table).map((a) => a.id), OBS_VALUE.id]);
  const dimensionFilters: ComponentFilter[] = [...common.extraTime];
  const valueFilters: ComponentFilter[] = [];
  for (const [name, values] of query) {
    const match = /^c\[(.+)\]$/.exec(name);
    if (!match) continue;
    const component = match[1]!;
    if (values.length > 1)
      return problem(400, `c[${component}] is given ${values.length} times: give it once.`);
    const unknown = unknownOperators(values[0] ?? '');
    if (unknown.length > 0)
      return problem(
        400,
        `c[${component}]: "${unknown[0]}" is not an operator (eq, ne, lt, le, gt, ge, co, nc, sw, ew).`,
      );
    const filter = parseFilterValue(component, values[0] ?? '');
    if (dimensionIds.has(component)) dimensionFilters.push(filter);
    else if (valueIds.has(component)) valueFilters.push(filter);
    else if (isSicremiComponent(component)) {
      return problem(
        422,
        `c[${component}]: ${component} is a SICREMI concept, but dataflow ${flow.id} does not use it.`,
      );
    } else return problem(400, `c[${component}]: there is no component ${component}.`);
  }

  const obsDim = rawParam(query, 'dimensionAtObservation') ?? 'TIME_PERIOD';
  if (obsDim !== 'AllDimensions' && !dimensionIds.has(obsDim)) {
    const status = isSicremiComponent(obsDim) ? 422 : 400;
    return problem(
      status,
      `dimensionAtObservation must be TIME_PERIOD, AllDimensions or a dimension of ${flow.id}.`,
    );
  }
  const attributes = selectAttributes(table, common.attributes);
  if (!attributes)
    return problem(400, `attributes: ${common.attributes} names an attribute ${flow.id} does not have.`);
  const first = positiveInt(rawParam(query, 'firstNObservations'), 'firstNObservations');
  if (!first.ok) return first;
  const last = positiveInt(rawParam(query, 'lastNObservations'), 'lastNObservations');
  if (!last.ok) return last;
  if (first.value && last.value)
    return problem(501, 'firstNObservations and lastNObservations together are not supported.');
  const updatedAfter = isoTime(rawParam(query, 'updatedAfter'), 'updatedAfter');
  if (!updatedAfter.ok) return updatedAfter;
  const asOf = isoTime(rawParam(query, 'asOf'), 'asOf');
  if (!asOf.ok) return asOf;
  const history = rawParam(query, 'includeHistory');
  if (history !== undefined && history !== 'false' && history !== 'true')
    return problem(400, 'includeHistory must be true or false.');
  if (history === 'true' && asOf.value)
    return problem(
      400,
      'includeHistory and asOf exclude each other: the history already holds every past state.',
    );

  return {
    ok: true,
    value: {
      dataflow: flow,
      table,
      keys: keys as KeyPattern[],
      dimensionFilters,
      valueFilters,
      ...(first.value ? { firstN: first.value } : {}),
      ...(last.value ? { lastN: last.value } : {}),
      ...(updatedAfter.value ? { updatedAfter: updatedAfter.value } : {}),
      ...(asOf.value ? { asOf: asOf.value } : {}),
      ...(history === 'true' ? { includeHistory: true } : {}),
      dimensionAtObservation: obsDim,
      attributes,
      includeMeasure: common.measures,
      includeObservations: common.includeObservations,
    },
  };
}

/** SDMX REST 2.0.0 with one dataflow: segments after `data/`. */
export function parseDataQueryV2(segments: readonly string[], query: RawQuery): Parsed<SdmxDataQuery> {
  const parsed = parseDataQueriesV2(segments, query);
  if (!parsed.ok) return parsed;
  if (parsed.value.length !== 1) return problem(400, 'Name one dataflow.');
  return { ok: true, value: parsed.value[0]! };
}

/**
 * SDMX REST 2.0.0: segments after `data/`. The id may be `*` (every dataflow) or a comma list;
 * each dataflow named becomes one query with the same key and parameters.
 */
export function parseDataQueriesV2(segments: readonly string[], query: RawQuery): Parsed<SdmxDataQuery[]> {
  const [context = '*', agency = '*', id = '*', version, key, ...extra] = segments;
  if (extra.length > 0) return problem(400, `Too many path segments after data/.`);
  if (context === 'provisionagreement')
    return problem(501, 'SICREMI defines no provision agreements: query a dataflow.');
  if (!['*', 'dataflow', 'datastructure'].includes(context))
    return problem(400, `"${context}" is not a data context.`);
  if (agency !== '*' && !agency.split(',').includes(AGENCY))
    return problem(404, `No agency ${agency} here: data are maintained by ${AGENCY}.`);
  const contextType = context === 'datastructure' ? 'datastructure' : 'dataflow';
  if (id === '*') {
    const out: SdmxDataQuery[] = [];
    let first: Parsed<SdmxDataQuery> | undefined;
    for (const flow of ARTEFACTS.filter((a): a is DataflowArtefact => a.type === 'dataflow')) {
      if (!versionMatches(version, flow.version)) continue;
      // A key or filter that does not fit a dataflow's dimensions leaves that dataflow out.
      const one = parseOneV2(flow, key, query);
      if (one.ok) out.push(one.value);
      else first ??= one;
    }
    if (out.length === 0)
      return first && !first.ok ? first : problem(404, `No dataflow ${agency}:*(${version ?? '~'}).`);
    return { ok: true, value: out };
  }
  const out: SdmxDataQuery[] = [];
  for (const one of id.split(',').filter(Boolean)) {
    const flow = findFlow(one, contextType);
    if (!flow || !versionMatches(version, flow.version))
      return problem(404, `No dataflow ${agency}:${one}(${version ?? '~'}).`);
    const parsed = parseOneV2(flow, key, query);
    if (!parsed.ok) return parsed;
    out.push(parsed.value);
  }
  if (out.length === 0) return problem(400, 'Name a dataflow.');
  return { ok: true, value: out };
}

function parseOneV2(flow: DataflowArtefact, key: string | undefined, query: RawQuery): Parsed<SdmxDataQuery> {
  const measures = rawParam(query, 'measures') ?? 'all';
  if (!['all', 'none', 'OBS_VALUE'].includes(measures))
    return problem(400, 'measures must be all, none or OBS_VALUE.');
  const attributes = rawParam(query, 'attributes') ?? 'dsd';
  return finish(
    {
      flow,
      key,
      extraTime: [],
      attributes,
      measures: measures !== 'none',
      includeObservations: measures !== 'none' || attributes !== 'none',
    },
    query,
  );
}

const V1_DETAILS = ['full', 'dataonly', 'serieskeysonly', 'nodata'];

/** SDMX REST 1.5: segments after `data/`. */
export function parseDataQueryV1(segments: readonly string[], query: RawQuery): Parsed<SdmxDataQuery> {
  const [flowRef = '', key, provider, ...extra] = segments;
  if (extra.length > 0) return problem(400, 'Too many path segments after data/.');
  const parts = flowRef.split(',');
  const [agency, id, version] = parts.length === 1 ? ['all', parts[0], 'latest'] : parts;
  if (!id) return problem(400, 'A flowRef names a dataflow: AGENCY,FLOW_ID,VERSION or FLOW_ID.');
  if (agency && agency !== 'all' && agency !== AGENCY) return problem(404, `No agency ${agency} here.`);
  const flow = findFlow(id, 'dataflow');
  if (!flow || !versionMatches(version, flow.version)) return problem(404, `No dataflow ${flowRef}.`);
  if (provider && provider !== 'all' && provider !== AGENCY)
    return problem(404, `No data provider ${provider}.`);
  const history = rawParam(query, 'includeHistory');
  if (history !== undefined && history !== 'false')
    return problem(400, 'includeHistory=true is a parameter of SDMX REST 2.0.0: use /sdmx/v2.');
  const detail = rawParam(query, 'detail') ?? 'full';
  if (!V1_DETAILS.includes(detail)) return problem(400, `detail must be one of ${V1_DETAILS.join(', ')}.`);
  const time: string[] = [];
  const start = rawParam(query, 'startPeriod');
  const end = rawParam(query, 'endPeriod');
  for (const [name, value] of [
    ['startPeriod', start],
    ['endPeriod', end],
  ] as const) {
    if (value !== undefined && !/^\d{4}/.test(value))
      return problem(400, `${name} must be a period, e.g. 2015.`);
  }
  if (start && end && start.slice(0, 4) > end.slice(0, 4))
    return problem(422, 'startPeriod is after endPeriod.');
  if (start) time.push(`ge:${start.slice(0, 4)}`);
  if (end) time.push(`le:${end.slice(0, 4)}`);
  const extraTime = time.length > 0 ? [parseFilterValue('TIME_PERIOD', time.join('+'))] : [];
  return finish(
    {
      flow,
      key: key === 'all' ? undefined : key,
      exactKey: true,
      extraTime,
      attributes: detail === 'dataonly' || detail === 'serieskeysonly' ? 'none' : 'dsd',
      measures: detail === 'full' || detail === 'dataonly',
      includeObservations: detail === 'full' || detail === 'dataonly',
    },
    query,
  );
}
