// Whether a row is the header, and how it lays the table out. Cells are matched against the
// table's columns by id, name or alias in any language; the cells left over may be the codes of
// one dimension laid across the columns (wide layout: years, or "Hombres | Mujeres | Total").
// The dimension most of them map to wins, the table's usual wide dimension on a tie.
import { findColumnByHeader } from '../../framework/find-column.js';
import type { DimensionDef, TableDef } from '../../framework/types.js';
import { createDimensionMapper } from '../mapping/map-code.js';
import type { SavedMappings } from '../mapping/saved-mappings.js';
import type { Cell } from '../readers/raw-row.js';
import type { BoundColumn, ColumnLayout, WideColumn } from './column-layout.js';
import { headerCandidates, headerText, isSdmxControlHeader } from './header-cell.js';

export interface HeaderOptions {
  country?: string | undefined;
  saved: SavedMappings;
  /** 'header' (default): only a row that names enough columns; 'any': whatever the row names. */
  accept?: 'header' | 'any';
}

export function recognizeHeader(
  table: TableDef,
  row: number,
  cells: readonly Cell[],
  options: HeaderOptions,
): ColumnLayout | undefined {
  const layout: ColumnLayout = {
    kind: 'long',
    headerRow: row,
    dimensions: [],
    attributes: [],
    defaults: [],
    missing: [],
    ignored: [],
  };
  const taken = new Set<string>();
  const leftover: BoundColumn[] = [];
  cells.forEach((cell, index) => {
    const header = headerText(cell);
    if (header === '') return;
    if (isSdmxControlHeader(header)) {
      if (/^ACTION$/i.test(header)) layout.actionColumn = index;
      return;
    }
    const column = headerCandidates(header)
      .map((text) => findColumnByHeader(table, text))
      .find((found) => found !== undefined);
    const bound = { index, header };
    if (!column) leftover.push(bound);
    else if (taken.has(column.def.id)) layout.ignored.push(bound);
    else {
      taken.add(column.def.id);
      if (column.kind === 'dimension') layout.dimensions.push({ def: column.def, column: bound });
      else if (column.kind === 'attribute') layout.attributes.push({ def: column.def, column: bound });
      else layout.measure = bound;
    }
  });
  const wide = layout.measure ? undefined : findWideDimension(table, leftover, taken, options.saved);
  if (wide) {
    layout.kind = 'wide';
    layout.wide = wide;
    taken.add(wide.def.id);
  }
  const wideIndexes = new Set(wide?.columns.map((c) => c.index));
  layout.ignored.push(...leftover.filter((c) => !wideIndexes.has(c.index)));
  const recognised = layout.dimensions.length + (layout.measure ? 1 : 0) + (wide ? 1 : 0);
  const isHeader = recognised >= 2 && (layout.measure !== undefined || wide !== undefined);
  if (!isHeader && options.accept !== 'any') return undefined;
  settleAbsentDimensions(table, layout, taken, options.country);
  return layout;
}

function findWideDimension(
  table: TableDef,
  leftover: readonly BoundColumn[],
  taken: ReadonlySet<string>,
  saved: SavedMappings,
): ColumnLayout['wide'] {
  let best: { def: DimensionDef; columns: WideColumn[] } | undefined;
  const candidates = table.dimensions
    .filter((d) => !taken.has(d.id) && d.id !== 'REF_AREA')
    .sort((a, b) => Number(b.id === table.wideDimension) - Number(a.id === table.wideDimension));
  for (const def of candidates) {
    const mapper = createDimensionMapper(def, saved);
    const columns: WideColumn[] = [];
    const codes = new Set<string>();
    for (const column of leftover) {
      const mapped = mapper.map(column.header);
      if (mapped.ok && !codes.has(mapped.code)) {
        codes.add(mapped.code);
        columns.push({ ...column, code: mapped.code });
      }
    }
    if (columns.length > (best?.columns.length ?? 0)) best = { def, columns };
  }
  return best;
}

function settleAbsentDimensions(
  table: TableDef,
  layout: ColumnLayout,
  taken: ReadonlySet<string>,
  country: string | undefined,
): void {
  for (const dimension of table.dimensions) {
    if (taken.has(dimension.id)) continue;
    if (dimension.id === 'REF_AREA' && country)
      layout.defaults.push({ dimension: 'REF_AREA', code: country });
    else if (dimension.hasTotal) layout.defaults.push({ dimension: dimension.id, code: '_T' });
    else layout.missing.push(dimension.id);
  }
  if (!layout.measure && !layout.wide) layout.missing.push('OBS_VALUE');
}
