// The demo CSV layout: one column per dimension of the table, named by its id and in key
// order, then OBS_VALUE, OBS_STATUS and OBS_NOTE. An empty OBS_VALUE is not a zero: its
// OBS_STATUS says why it is empty. SOURCE_REF says where the figure stands in the original
// file ("T1:255": sources.json's sourceFiles names T1). The writer (extract script) and the
// reader share this file.
import Papa from 'papaparse';
import { DEFAULT_CONF_STATUS, type Observation } from '../framework/observation.js';
import type { TableDef } from '../framework/types.js';

const MEASURE_COLUMNS = ['OBS_VALUE', 'OBS_STATUS', 'OBS_NOTE', 'SOURCE_REF'] as const;

export function listDemoColumns(table: TableDef): string[] {
  return [...table.dimensions.map((d) => d.id), ...MEASURE_COLUMNS];
}

export function formatDemoCsv(table: TableDef, observations: readonly Observation[]): string {
  const columns = listDemoColumns(table);
  const rows = observations.map((o) => [
    ...table.dimensions.map((d) => o.key[d.id] ?? ''),
    o.value === null ? '' : String(o.value),
    o.status,
    o.note ?? '',
    o.sourceRef ?? '',
  ]);
  return `${Papa.unparse({ fields: columns, data: rows }, { newline: '\n' })}\n`;
}

/** Parses a demo CSV; a header that does not match the table is a packaging error and throws. */
export function parseDemoCsv(table: TableDef, text: string, file = table.id): Observation[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0]!;
    throw new Error(`${file}: CSV error at row ${first.row ?? '?'}: ${first.message}`);
  }
  const expected = listDemoColumns(table);
  const found = parsed.meta.fields ?? [];
  if (found.join(',') !== expected.join(',')) {
    throw new Error(`${file}: columns ${found.join(',')} do not match ${table.id} (${expected.join(',')})`);
  }
  return parsed.data.map((row, index) => toObservation(table, row, `${file} row ${index + 2}`));
}

function toObservation(table: TableDef, row: Record<string, string>, where: string): Observation {
  const key: Record<string, string> = {};
  for (const dim of table.dimensions) key[dim.id] = row[dim.id] ?? '';
  const raw = row.OBS_VALUE ?? '';
  const value = raw === '' ? null : Number(raw);
  if (value !== null && !Number.isFinite(value))
    throw new Error(`${where}: OBS_VALUE "${raw}" is not a number`);
  const note = row.OBS_NOTE ?? '';
  const sourceRef = row.SOURCE_REF ?? '';
  return {
    table: table.id,
    key,
    value,
    status: row.OBS_STATUS ?? '',
    conf: DEFAULT_CONF_STATUS,
    ...(note === '' ? {} : { note }),
    ...(sourceRef === '' ? {} : { sourceRef }),
  };
}
