// SDMX-CSV data messages, written a page at a time so large answers stream. 2.0.0: STRUCTURE,
// STRUCTURE_ID, ACTION, dimensions, OBS_VALUE, attributes; 1.0: DATAFLOW, dimensions,
// OBS_VALUE, attributes. labels=both writes "id: name"; labels=name (2.0.0) adds a name column
// after each id column. Quoting per RFC 4180 (papaparse), formula-like text neutralised.
import Papa from 'papaparse';
import { getCodelist, label, OBS_VALUE } from '../framework/index.js';
import type { Observation } from '../framework/observation.js';
import type { AttributeDef, DimensionDef, Lang, TableDef } from '../framework/types.js';
import type { DataflowArtefact } from './artefacts.js';
import { tableAttributes } from './artefacts.js';
import { codeName } from './code-labels.js';
import type { CsvOptions, Labels } from './negotiate-format.js';
import { FORMULA_START } from './neutralise-cell.js';
import { datasetAttributeValue } from './package-observations.js';

export interface CsvContext {
  dataflow: DataflowArtefact;
  version: '2.0.0' | '1.0.0';
  labels: Labels;
  lang: Lang;
  attributes: readonly string[];
  includeMeasure: boolean;
  options?: CsvOptions;
  /** The dimension at the observation level: SERIES_KEY leaves it out. */
  dimensionAtObservation?: string;
}

/**
 * timeFormat=normalized: SICREMI's periods are years, counted to their end (flows are events
 * of the calendar year; stocks are read at the end of it), so 2014 becomes 2014-12-31.
 */
export function normalisePeriod(period: string): string {
  return /^\d{4}$/.test(period) ? `${period}-12-31` : period;
}

type Cell = string | number | null;

function observationAttribute(obs: Observation, id: string): Cell {
  switch (id) {
    case 'OBS_STATUS':
      return obs.status;
    case 'CONF_STATUS':
      return obs.conf;
    case 'OBS_NOTE':
      return obs.note ?? '';
    case 'CV':
      return obs.cv ?? null;
    case 'SAMPLE_N':
      return obs.sampleN ?? null;
    default:
      return null;
  }
}

function codedName(attr: AttributeDef, value: string, lang: Lang): string | undefined {
  if (!attr.codelist || value === '') return undefined;
  const code = getCodelist(attr.codelist)?.codes.find((c) => c.id === value);
  return code ? label(code.labels, lang) : undefined;
}

export interface CsvWriter {
  header(): string;
  rows(observations: readonly Observation[], action?: 'I' | 'D'): string;
  /** The header's cells and each row's, for a message that joins several dataflows. */
  columns(): string[];
  cells(observations: readonly Observation[], action?: 'I' | 'D'): Cell[][];
}

export type { Cell };

/** RFC 4180 rows (CRLF), formula-like text neutralised. */
export function unparseCsv(rows: Cell[][]): string {
  return rows.length === 0
    ? ''
    : `${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n`;
}

export function createSdmxCsvWriter(context: CsvContext): CsvWriter {
  const { dataflow, lang, labels } = context;
  const table: TableDef = dataflow.table;
  const attributes = tableAttributes(table).filter((a) => context.attributes.includes(a.id));
  const flowId = `${dataflow.agency}:${dataflow.id}(${dataflow.version})`;
  const flowName = label(dataflow.names, lang);
  // labels=both labels codes only: a value that is its own name (TIME_PERIOD) stays as it is.
  const both = (id: string, name: string | undefined) =>
    labels === 'both' && name && name !== id ? `${id}: ${name}` : id;
  const keys = context.options?.keys ?? 'none';
  const normalised = context.options?.timeFormat === 'normalized';
  const obsDim = context.dimensionAtObservation ?? 'TIME_PERIOD';
  const seriesDims = table.dimensions.filter((d) => obsDim !== 'AllDimensions' && d.id !== obsDim);

  const headerCells: string[] = [];
  if (context.version === '2.0.0') {
    headerCells.push('STRUCTURE', 'STRUCTURE_ID');
    if (labels === 'name') headerCells.push('STRUCTURE_NAME');
    headerCells.push('ACTION');
    if (keys === 'series' || keys === 'both') headerCells.push('SERIES_KEY');
    if (keys === 'obs' || keys === 'both') headerCells.push('OBS_KEY');
  } else {
    headerCells.push('DATAFLOW');
  }
  const component = (id: string, name: string) => {
    headerCells.push(both(id, name));
    if (labels === 'name') headerCells.push(name);
  };
  for (const d of table.dimensions) component(d.id, label(d.names, lang));
  if (context.includeMeasure) component(OBS_VALUE.id, label(OBS_VALUE.names, lang));
  for (const a of attributes) component(a.id, label(a.names, lang));

  function dimensionCells(d: DimensionDef, value: string): Cell[] {
    const code = normalised && d.id === 'TIME_PERIOD' ? normalisePeriod(value) : value;
    const name = d.codelist ? codeName(d, code, lang) : undefined;
    if (labels === 'name') return [code, name ?? code];
    return [both(code, name)];
  }

  function attributeCells(a: AttributeDef, value: Cell): Cell[] {
    const text = value === null ? '' : value;
    const name = typeof text === 'string' ? codedName(a, text, lang) : undefined;
    if (labels === 'name') return [text, name ?? ''];
    return [typeof text === 'string' ? both(text, name) : text];
  }

  const unparse = unparseCsv;

  return {
    header: () => unparse([headerCells]),
    rows(observations, action = 'I') {
      return unparse(this.cells(observations, action));
    },
    columns: () => [...headerCells],
    cells(observations, action = 'I') {
      return observations.map((obs) => {
        const row: Cell[] = [];
        if (context.version === '2.0.0') {
          row.push('dataflow', both(flowId, flowName));
          if (labels === 'name') row.push(flowName);
          row.push(action);
          if (keys === 'series' || keys === 'both')
            row.push(seriesDims.map((d) => obs.key[d.id] ?? '').join('.'));
          if (keys === 'obs' || keys === 'both')
            row.push(table.dimensions.map((d) => obs.key[d.id] ?? '').join('.'));
        } else {
          row.push(both(flowId, flowName));
        }
        for (const d of table.dimensions) row.push(...dimensionCells(d, obs.key[d.id] ?? ''));
        if (context.includeMeasure) {
          row.push(obs.value);
          if (labels === 'name') row.push('');
        }
        for (const a of attributes) {
          const value =
            a.attachment === 'dataset'
              ? (datasetAttributeValue(table, a.id) ?? '')
              : observationAttribute(obs, a.id);
          row.push(...attributeCells(a, value));
        }
        return row;
      });
    },
  };
}
