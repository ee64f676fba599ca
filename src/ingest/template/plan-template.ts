// A template's content, independent of its file format: the columns in the chosen language and
// layout (long: one row per cell; wide: the table's wide dimension across the columns), the
// drop-down lists of codes, and rows pre-filled with the country's last published period.
// Codes are written "CODE: label" so a person can read them and the reader maps them back.

import { ATTRIBUTES, OBS_VALUE } from '../../framework/attributes.js';
import { getCountry } from '../../framework/countries.js';
import { getCodelist } from '../../framework/index.js';
import { label } from '../../framework/labels.js';
import type { Observation } from '../../framework/observation.js';
import type { DimensionDef, Lang, TableDef } from '../../framework/types.js';
import type { Cell } from '../readers/raw-row.js';
import { listInstructions, UNITS } from './template-texts.js';

export interface TemplateColumn {
  header: Cell;
  /** A dimension or attribute id, or OBS_VALUE; for a wide value column, the wide dimension. */
  id: string;
  /** Wide value columns: the code of the wide dimension they hold. */
  code?: string;
  /** Index into TemplatePlan.codeLists of the drop-down for this column. */
  list?: number;
}

export interface TemplatePlan {
  table: TableDef;
  country: string;
  lang: Lang;
  layout: 'long' | 'wide';
  title: string;
  instructions: string[];
  columns: TemplateColumn[];
  rows: Cell[][];
  codeLists: { header: string; entries: string[] }[];
}

export function codeText(def: DimensionDef | { codelist: string }, code: string, lang: Lang): string {
  const found = getCodelist(def.codelist)?.codes.find((c) => c.id === code);
  return found ? `${code}: ${label(found.labels, lang)}` : code;
}

function reportableCodes(codelist: string): string[] {
  return (getCodelist(codelist)?.codes ?? []).filter((c) => !c.derived).map((c) => c.id);
}

export function planTemplate(
  table: TableDef,
  country: string,
  lang: Lang,
  layout: 'long' | 'wide',
  published: readonly Observation[],
): TemplatePlan {
  const wide =
    layout === 'wide'
      ? (table.dimensions.find((d) => d.id === table.wideDimension) as DimensionDef)
      : undefined;
  const keyDims = table.dimensions.filter((d) => d.id !== 'REF_AREA' && d.id !== wide?.id);
  const lastPeriod =
    published
      .map((o) => o.key.TIME_PERIOD ?? '')
      .sort()
      .at(-1) ?? '';
  const latest = published.filter((o) => o.key.TIME_PERIOD === lastPeriod);
  const codeLists: TemplatePlan['codeLists'] = [];
  const listFor = (codelist: string, header: string) =>
    codeLists.push({
      header,
      entries: reportableCodes(codelist).map((code) => codeText({ codelist }, code, lang)),
    }) - 1;

  const columns: TemplateColumn[] = keyDims.map((def) => {
    const column: TemplateColumn = { header: label(def.names, lang), id: def.id };
    if (def.kind !== 'time') column.list = listFor(def.codelist, label(def.names, lang));
    return column;
  });
  if (wide) columns.push(...wideColumns(wide, lang, lastPeriod));
  else {
    columns.push({ header: label(OBS_VALUE.names, lang), id: 'OBS_VALUE' });
    for (const id of table.attributes.filter((a) =>
      ['OBS_STATUS', 'CONF_STATUS', 'OBS_NOTE', 'CV', 'SAMPLE_N'].includes(a),
    )) {
      const def = ATTRIBUTES.find((a) => a.id === id);
      if (!def) continue;
      const column: TemplateColumn = { header: label(def.names, lang), id };
      if (def.codelist) column.list = listFor(def.codelist, label(def.names, lang));
      columns.push(column);
    }
  }
  const unit = UNITS[`${table.unit}${table.unitMultiplier}` as keyof typeof UNITS] ?? UNITS.PS0;
  return {
    table,
    country,
    lang,
    layout,
    title: `${label(table.names, lang)} — ${label(getCountry(country)?.names ?? { en: country }, lang)}`,
    instructions: listInstructions(lang, layout, wide ? label(wide.names, lang) : '', unit),
    columns,
    rows: wide
      ? wideRows(table, latest, keyDims, wide, columns, lang)
      : latest.map((o) => columns.map((column) => cellOf(table, o, column, lang))),
    codeLists,
  };
}

function wideColumns(wide: DimensionDef, lang: Lang, lastPeriod: string): TemplateColumn[] {
  if (wide.kind === 'time') {
    const last = lastPeriod ? Number(lastPeriod) : new Date().getFullYear() - 2;
    return [last, last + 1].map((year) => ({ header: year, id: wide.id, code: String(year) }));
  }
  return reportableCodes(wide.codelist).map((code) => {
    const found = getCodelist(wide.codelist)?.codes.find((c) => c.id === code);
    return { header: found ? label(found.labels, lang) : code, id: wide.id, code };
  });
}

function cellOf(table: TableDef, observation: Observation, column: TemplateColumn, lang: Lang): Cell {
  if (column.id === 'OBS_VALUE') return observation.value ?? '';
  if (column.id === 'OBS_STATUS') return observation.status === 'A' ? '' : observation.status;
  if (column.id === 'CONF_STATUS') return observation.conf === 'F' ? '' : observation.conf;
  if (column.id === 'OBS_NOTE') return observation.note ?? '';
  if (column.id === 'CV') return observation.cv ?? '';
  if (column.id === 'SAMPLE_N') return observation.sampleN ?? '';
  const code = observation.key[column.id] ?? '';
  const dimension = table.dimensions.find((d) => d.id === column.id);
  if (!dimension) return code;
  return dimension.kind === 'time' ? Number(code) : codeText(dimension, code, lang);
}

function wideRows(
  table: TableDef,
  latest: readonly Observation[],
  keyDims: readonly DimensionDef[],
  wide: DimensionDef,
  columns: readonly TemplateColumn[],
  lang: Lang,
): Cell[][] {
  const rows = new Map<string, Cell[]>();
  for (const observation of latest) {
    const id = keyDims.map((d) => observation.key[d.id]).join('\u0000');
    const row =
      rows.get(id) ??
      columns.map((column) => (column.code === undefined ? cellOf(table, observation, column, lang) : ''));
    rows.set(id, row);
    const at = columns.findIndex((c) => c.code === observation.key[wide.id]);
    if (at >= 0) row[at] = wideCell(observation);
  }
  return [...rows.values()];
}

/** A wide value cell: the number, the number and its status ("250 E"), or the status alone. */
function wideCell(observation: Observation): Cell {
  if (observation.value === null) return observation.status;
  return observation.status === 'A' ? observation.value : `${observation.value} ${observation.status}`;
}
