// SDMX-JSON 1.0 data messages, for SDMX REST 1.5 clients: one `structure` (not a list), data
// sets without a structure index, attributes related to the primary measure or to nothing,
// uncoded attribute values written as names. Same packaging as 2.0.0.
import { getCodelist, label } from '../framework/index.js';
import type { DimensionDef, Lang } from '../framework/types.js';
import type { DataMessageContext } from './data-json-v2.js';
import { dataflowLinks, dimensionValue } from './data-json-v2.js';
import { localised, messageMeta } from './message-meta.js';
import type { AttributeColumn, Packaged } from './package-observations.js';

export const DATA_SCHEMA_V1 =
  'https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/1.0/sdmx-json-data-schema.json';

function dimensionJson(packaged: Packaged, dimension: DimensionDef, lang: Lang) {
  return {
    id: dimension.id,
    ...localised(dimension.names, lang),
    keyPosition: packaged.table.dimensions.indexOf(dimension),
    ...(dimension.id === 'TIME_PERIOD' ? { role: 'TIME_PERIOD' } : {}),
    values: (packaged.values.get(dimension.id) ?? []).map((code) => dimensionValue(dimension, code, lang)),
  };
}

function attributeValue(column: AttributeColumn, value: string | number, lang: Lang) {
  const list = column.def.codelist ? getCodelist(column.def.codelist) : undefined;
  const code = list?.codes.find((c) => c.id === String(value));
  if (code) return { id: code.id, ...localised(code.labels, lang) };
  return { name: String(value) };
}

function attributeJson(column: AttributeColumn, lang: Lang, level: 'dataset' | 'observation') {
  return {
    id: column.def.id,
    ...localised(column.def.names, lang),
    relationship: level === 'dataset' ? { none: {} } : { primaryMeasure: 'OBS_VALUE' },
    values: column.values.map((v) => attributeValue(column, v, lang)),
  };
}

export function buildDataMessageV1(packaged: Packaged, context: DataMessageContext) {
  const { lang, dataflow, base } = context;
  const flat = packaged.seriesDims.length === 0;
  const series: Record<string, { observations?: Record<string, (number | null)[]> }> = {};
  for (const [key, observations] of packaged.series) {
    series[key] = context.includeObservations ? { observations: Object.fromEntries(observations) } : {};
  }
  return {
    meta: { ...messageMeta(DATA_SCHEMA_V1, lang, context.selfUrl), name: label(dataflow.names, lang) },
    data: {
      structure: {
        links: dataflowLinks(dataflow, base, 'v1'),
        ...localised(packaged.table.names, lang),
        dimensions: {
          dataSet: [],
          series: packaged.seriesDims.map((d) => dimensionJson(packaged, d, lang)),
          observation: packaged.obsDims.map((d) => dimensionJson(packaged, d, lang)),
        },
        attributes: {
          dataSet: packaged.datasetAttributes.map((c) => attributeJson(c, lang, 'dataset')),
          series: [],
          observation: packaged.obsAttributes.map((c) => attributeJson(c, lang, 'observation')),
        },
      },
      dataSets: [
        {
          action: 'Information',
          links: dataflowLinks(dataflow, base, 'v1').slice(0, 1),
          ...(packaged.datasetAttributes.length > 0
            ? { attributes: packaged.datasetAttributes.map(() => 0) }
            : {}),
          ...(flat ? { observations: Object.fromEntries(packaged.observations) } : { series }),
        },
      ],
    },
  };
}
