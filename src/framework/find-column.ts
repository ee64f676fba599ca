// A file's column header is recognised by the id of a dimension, attribute or OBS_VALUE, by
// its name in any of the four languages, or by an alias, compared accent-, case- and
// space-insensitively — and only among the columns of the table being reported.
import { ATTRIBUTES, OBS_VALUE } from './attributes.js';
import { normalizeLabel } from './normalize-label.js';
import type { AttributeDef, DimensionDef, Labels, MeasureDef, TableDef } from './types.js';

export type TableColumn =
  | { kind: 'dimension'; def: DimensionDef }
  | { kind: 'attribute'; def: AttributeDef }
  | { kind: 'measure'; def: MeasureDef };

function matches(def: { id: string; names: Labels; aliases?: string[] }, wanted: string): boolean {
  return [def.id, ...Object.values(def.names), ...(def.aliases ?? [])].some(
    (t) => normalizeLabel(t) === wanted,
  );
}

/** Every column a file for `table` may have: its dimensions, its attributes and OBS_VALUE. */
export function listTableColumns(table: TableDef): TableColumn[] {
  const attributes = ATTRIBUTES.filter((a) => table.attributes.includes(a.id));
  return [
    ...table.dimensions.map((def) => ({ kind: 'dimension' as const, def })),
    { kind: 'measure' as const, def: OBS_VALUE },
    ...attributes.map((def) => ({ kind: 'attribute' as const, def })),
  ];
}

/** The column of `table` that `header` names, if any. */
export function findColumnByHeader(table: TableDef, header: string): TableColumn | undefined {
  const wanted = normalizeLabel(header);
  if (wanted === '') return undefined;
  return listTableColumns(table).find((column) => matches(column.def, wanted));
}

/** The dimension of `table` that `header` names, if any. */
export function findDimensionByHeader(table: TableDef, header: string): DimensionDef | undefined {
  const column = findColumnByHeader(table, header);
  return column?.kind === 'dimension' ? column.def : undefined;
}
