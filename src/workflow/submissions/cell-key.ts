// A cell is named by its full key: the table's dimension codes in key order joined by dots,
// REF_AREA first and TIME_PERIOD last, e.g. "CHL.VEN.F._T.2023" — SDMX's series key plus period.
import type { TableDef } from '../../framework/types.js';

export function formatCellKey(table: TableDef, key: Record<string, string>): string {
  return table.dimensions.map((d) => key[d.id] ?? '').join('.');
}

/** Accepts a dotted key or a {DIM: code} object; undefined when it is neither. */
export function readCellKey(table: TableDef, input: unknown): string | undefined {
  if (typeof input === 'string') {
    const trimmed = input.trim();
    return trimmed.split('.').length === table.dimensions.length ? trimmed : undefined;
  }
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const key = input as Record<string, unknown>;
    if (!table.dimensions.every((d) => typeof key[d.id] === 'string')) return undefined;
    return formatCellKey(table, key as Record<string, string>);
  }
  return undefined;
}
