// SDMX-ML 2.1 data messages (GenericData and StructureSpecificData) and SDMX-ML 3.0
// StructureSpecificData, written piece by piece: the writer is fed pages of observations in
// sort-key order and closes a series when its key changes, so an answer of any size streams
// without the document ever being held in memory. Observations grouped in time series
// (dimensionAtObservation=TIME_PERIOD) or flat (AllDimensions). A suppressed cell has no
// OBS_VALUE and says OBS_STATUS Q; OBS_NOTE is written in the reader's language as stored.
import type { Observation } from '../framework/observation.js';
import type { AttributeDef, DimensionDef, Lang, TableDef } from '../framework/types.js';
import { type DataflowArtefact, tableAttributes } from './artefacts.js';
import { headerStart, type MlVersion, namespaces, XML_DECLARATION } from './ml-header.js';
import { attributeValue, datasetAttributeValue } from './package-observations.js';
import { urnOf } from './urns.js';
import { attrs, esc } from './xml-text.js';

export type MlDataKind = 'generic' | 'structurespecific';

export interface MlFlow {
  dataflow: DataflowArtefact;
  dimensionAtObservation: string;
  attributes: readonly string[];
  includeMeasure: boolean;
  includeObservations: boolean;
}

export interface MlDataSetInfo {
  action?: 'Information' | 'Delete';
  validFrom?: string;
  validTo?: string;
}

export interface DataMlWriter {
  start(): string;
  beginDataSet(flowIndex: number, info?: MlDataSetInfo): string;
  rows(observations: readonly Observation[]): string;
  endDataSet(): string;
  end(): string;
}

/**
 * The structure id a data set refers to: the data structure's own id, which rsdmx takes as the
 * reference of the DSD to fetch (each dataflow has its own DSD, so it is unique in a message).
 */
export function structureIdOf(flow: MlFlow): string {
  return flow.dataflow.structure.id;
}

/** The same form in SDMX-ML 2.1 and 3.0. */
export function structureNamespace(dataflow: DataflowArtefact, obsDim: string, _version?: MlVersion): string {
  const dsd = dataflow.structure;
  return `urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=${dsd.agency}:${dsd.id}(${dsd.version}):ObsLevelDim:${obsDim}`;
}

interface FlowLayout {
  table: TableDef;
  flat: boolean;
  seriesDims: DimensionDef[];
  obsDim: DimensionDef | undefined;
  datasetAttrs: AttributeDef[];
  obsAttrs: AttributeDef[];
}

function layoutOf(flow: MlFlow): FlowLayout {
  const table = flow.dataflow.table;
  const flat = flow.dimensionAtObservation === 'AllDimensions';
  const chosen = tableAttributes(table).filter((a) => flow.attributes.includes(a.id));
  return {
    table,
    flat,
    seriesDims: flat ? [] : table.dimensions.filter((d) => d.id !== flow.dimensionAtObservation),
    obsDim: flat ? undefined : table.dimensions.find((d) => d.id === flow.dimensionAtObservation),
    datasetAttrs: chosen.filter((a) => a.attachment === 'dataset'),
    obsAttrs: chosen.filter((a) => a.attachment === 'observation'),
  };
}

export function createDataMlWriter(
  kind: MlDataKind,
  version: MlVersion,
  flows: readonly MlFlow[],
  lang: Lang,
): DataMlWriter {
  const layouts = flows.map(layoutOf);
  const root = kind === 'generic' ? 'mes:GenericData' : 'mes:StructureSpecificData';
  let current = 0;
  let openSeries: string | undefined;
  const structureNs = (i: number) =>
    structureNamespace(flows[i]!.dataflow, flows[i]!.dimensionAtObservation, version);

  function headerStructures(): string {
    return flows
      .map((flow, i) => {
        const dsd = flow.dataflow.structure;
        const ref =
          version === '2.1'
            ? `<com:Structure><Ref${attrs({ agencyID: dsd.agency, id: dsd.id, version: dsd.version })}/></com:Structure>`
            : `<com:Structure>${esc(urnOf(dsd))}</com:Structure>`;
        return `<mes:Structure${attrs({
          structureID: structureIdOf(flow),
          namespace: kind === 'structurespecific' ? structureNs(i) : undefined,
          dimensionAtObservation: flow.dimensionAtObservation,
        })}>${ref}</mes:Structure>`;
      })
      .join('');
  }

  function genericValues(list: [string, string | number][]): string {
    return list.map(([id, value]) => `<gen:Value${attrs({ id, value })}/>`).join('');
  }

  function obsAttributeValues(layout: FlowLayout, obs: Observation): [string, string | number][] {
    const out: [string, string | number][] = [];
    for (const a of layout.obsAttrs) {
      const value = attributeValue(obs, a.id);
      if (value !== null && value !== '') out.push([a.id, value]);
    }
    return out;
  }

  function genericObs(layout: FlowLayout, flow: MlFlow, obs: Observation): string {
    const key = layout.flat
      ? `<gen:ObsKey>${genericValues(layout.table.dimensions.map((d) => [d.id, obs.key[d.id] ?? '']))}</gen:ObsKey>`
      : `<gen:ObsDimension${attrs({ value: obs.key[layout.obsDim!.id] ?? '' })}/>`;
    const value =
      flow.includeMeasure && obs.value !== null ? `<gen:ObsValue${attrs({ value: obs.value })}/>` : '';
    const attributes = obsAttributeValues(layout, obs);
    return `<gen:Obs>${key}${value}${attributes.length > 0 ? `<gen:Attributes>${genericValues(attributes)}</gen:Attributes>` : ''}</gen:Obs>`;
  }

  function specificObs(layout: FlowLayout, flow: MlFlow, obs: Observation): string {
    const values: Record<string, string | number | undefined> = {};
    const dims = layout.flat ? layout.table.dimensions : [layout.obsDim!];
    for (const d of dims) values[d.id] = obs.key[d.id] ?? '';
    if (flow.includeMeasure && obs.value !== null) values.OBS_VALUE = obs.value;
    for (const [id, value] of obsAttributeValues(layout, obs)) values[id] = value;
    return `<Obs${attrs(values)}/>`;
  }

  function seriesOpen(layout: FlowLayout, obs: Observation): string {
    const key = layout.seriesDims.map((d): [string, string] => [d.id, obs.key[d.id] ?? '']);
    if (kind === 'generic') return `<gen:Series><gen:SeriesKey>${genericValues(key)}</gen:SeriesKey>`;
    return `<Series${attrs(Object.fromEntries(key))}>`;
  }

  const seriesClose = () => (kind === 'generic' ? '</gen:Series>' : '</Series>');

  return {
    start() {
      const ns: Record<string, string> = namespaces(version);
      if (kind === 'structurespecific') {
        for (let i = 0; i < flows.length; i++) ns[`xmlns:ns${i + 1}`] = structureNs(i);
      }
      return `${XML_DECLARATION}<${root}${attrs(ns)}>${headerStart(lang)}${headerStructures()}</mes:Header>`;
    },
    beginDataSet(flowIndex, info = {}) {
      current = flowIndex;
      openSeries = undefined;
      const flow = flows[flowIndex]!;
      const layout = layouts[flowIndex]!;
      const datasetValues = layout.datasetAttrs.map((a): [string, string] => [
        a.id,
        datasetAttributeValue(layout.table, a.id) ?? '',
      ]);
      // Generic data sets take these unqualified; structure-specific ones in the ss namespace.
      const validity = { action: info.action, validFromDate: info.validFrom, validToDate: info.validTo };
      if (kind === 'generic') {
        const head = `<mes:DataSet${attrs({ structureRef: structureIdOf(flow), ...validity })}>`;
        return datasetValues.length > 0
          ? `${head}<gen:Attributes>${genericValues(datasetValues)}</gen:Attributes>`
          : head;
      }
      return `<mes:DataSet${attrs({
        'ss:structureRef': structureIdOf(flow),
        'xsi:type': `ns${flowIndex + 1}:DataSetType`,
        'ss:dataScope': version === '2.1' ? 'DataStructure' : undefined,
        'ss:action': validity.action,
        'ss:validFromDate': validity.validFromDate,
        'ss:validToDate': validity.validToDate,
        ...Object.fromEntries(datasetValues),
      })}>`;
    },
    rows(observations) {
      const flow = flows[current]!;
      const layout = layouts[current]!;
      const parts: string[] = [];
      for (const obs of observations) {
        if (!layout.flat) {
          const key = layout.seriesDims.map((d) => obs.key[d.id] ?? '').join('\u001f');
          if (key !== openSeries) {
            if (openSeries !== undefined) parts.push(seriesClose());
            parts.push(seriesOpen(layout, obs));
            openSeries = key;
          }
        }
        if (flow.includeObservations)
          parts.push(kind === 'generic' ? genericObs(layout, flow, obs) : specificObs(layout, flow, obs));
      }
      return parts.join('');
    },
    endDataSet() {
      const close = openSeries !== undefined ? seriesClose() : '';
      openSeries = undefined;
      return `${close}</mes:DataSet>`;
    },
    end() {
      return `</${root}>`;
    },
  };
}
