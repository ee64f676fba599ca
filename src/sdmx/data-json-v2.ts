// SDMX-JSON 2.0.0 data messages. One structure (the dataflow's), one data set; observations
// grouped in series (dimensionAtObservation=TIME_PERIOD or another dimension) or flat
// (AllDimensions). A suppressed cell is an observation whose value is null and whose
// OBS_STATUS is Q: zero, missing and suppressed are never confused.
import { getCodelist, label, OBS_VALUE } from '../framework/index.js';
import type { DimensionDef, Lang } from '../framework/types.js';
import type { ArtefactRef, DataflowArtefact } from './artefacts.js';
import { codeName } from './code-labels.js';
import { localised, messageMeta } from './message-meta.js';
import type { AttributeColumn, Packaged } from './package-observations.js';
import { structureHref } from './structure-json-v2.js';
import { urnOf } from './urns.js';

export const DATA_SCHEMA_V2 =
  'https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json';

function labelsOf(dimension: DimensionDef, code: string) {
  return {
    en: codeName(dimension, code, 'en'),
    es: codeName(dimension, code, 'es'),
    fr: codeName(dimension, code, 'fr'),
    pt: codeName(dimension, code, 'pt'),
  };
}

export function dimensionValue(dimension: DimensionDef, code: string, lang: Lang) {
  if (dimension.id === 'TIME_PERIOD') {
    return { id: code, name: code, start: `${code}-01-01T00:00:00.000Z`, end: `${code}-12-31T23:59:59.999Z` };
  }
  return { id: code, ...localised(labelsOf(dimension, code), lang) };
}

function dimensionJson(packaged: Packaged, dimension: DimensionDef, lang: Lang) {
  return {
    id: dimension.id,
    ...localised(dimension.names, lang),
    keyPosition: packaged.table.dimensions.indexOf(dimension),
    ...(dimension.id === 'TIME_PERIOD' ? { roles: ['TIME_PERIOD'] } : {}),
    values: (packaged.values.get(dimension.id) ?? []).map((code) => dimensionValue(dimension, code, lang)),
  };
}

/** A coded attribute's value with its names; an uncoded one (note, CV, n) as a bare value. */
export function attributeValueJson(column: AttributeColumn, value: string | number, lang: Lang) {
  const list = column.def.codelist ? getCodelist(column.def.codelist) : undefined;
  if (!list) return { value };
  const code = list.codes.find((c) => c.id === String(value));
  return { id: String(value), ...(code ? localised(code.labels, lang) : { name: String(value) }) };
}

function attributeJson(column: AttributeColumn, lang: Lang, level: 'dataset' | 'observation') {
  return {
    id: column.def.id,
    ...localised(column.def.names, lang),
    relationship: level === 'dataset' ? { dataflow: {} } : { observation: {} },
    ...(column.values.length > 0
      ? { values: column.values.map((v) => attributeValueJson(column, v, lang)) }
      : {}),
  };
}

export interface DataMessageContext {
  dataflow: DataflowArtefact;
  lang: Lang;
  /** API base for links, e.g. https://host/sdmx/v2. */
  base: string;
  selfUrl: string;
  includeMeasure: boolean;
  includeObservations: boolean;
}

/** Links to the dataflow and its structure; SDMX REST 1.5 paths carry no `structure/`. */
export function dataflowLinks(dataflow: DataflowArtefact, base: string, api: 'v2' | 'v1' = 'v2') {
  const dsd: ArtefactRef = dataflow.structure;
  const href = (ref: ArtefactRef) =>
    api === 'v2' ? structureHref(base, ref) : `${base}/${ref.type}/${ref.agency}/${ref.id}/${ref.version}`;
  return [
    { href: href(dataflow), rel: 'dataflow', urn: urnOf(dataflow) },
    { href: href(dsd), rel: 'datastructure', urn: urnOf(dsd) },
  ];
}

function seriesJson(packaged: Packaged, includeObservations: boolean) {
  const out: Record<string, { observations?: Record<string, (number | null)[]> }> = {};
  for (const [key, observations] of packaged.series) {
    out[key] = includeObservations ? { observations: Object.fromEntries(observations) } : {};
  }
  return out;
}

export function buildDataMessageV2(packaged: Packaged, context: DataMessageContext) {
  const { lang, dataflow, base } = context;
  const flat = packaged.seriesDims.length === 0;
  const structure = {
    links: dataflowLinks(dataflow, base),
    ...localised(packaged.table.names, lang),
    dataSets: [0],
    dimensions: {
      dataSet: [],
      series: packaged.seriesDims.map((d) => dimensionJson(packaged, d, lang)),
      observation: packaged.obsDims.map((d) => dimensionJson(packaged, d, lang)),
    },
    ...(context.includeMeasure
      ? { measures: { observation: [{ id: OBS_VALUE.id, ...localised(OBS_VALUE.names, lang) }] } }
      : {}),
    attributes: {
      dataSet: packaged.datasetAttributes.map((c) => attributeJson(c, lang, 'dataset')),
      series: [],
      observation: packaged.obsAttributes.map((c) => attributeJson(c, lang, 'observation')),
    },
  };
  const dataSet = {
    structure: 0,
    action: 'Information',
    links: [{ href: structureHref(base, dataflow), rel: 'dataflow', urn: urnOf(dataflow) }],
    ...(packaged.datasetAttributes.length > 0 ? { attributes: packaged.datasetAttributes.map(() => 0) } : {}),
    ...(flat
      ? { observations: Object.fromEntries(packaged.observations) }
      : { series: seriesJson(packaged, context.includeObservations) }),
  };
  return {
    meta: { ...messageMeta(DATA_SCHEMA_V2, lang, context.selfUrl), name: label(dataflow.names, lang) },
    data: { structures: [structure], dataSets: [dataSet] },
  };
}
