// The cells of a grid as the API carries them: a full dotted key (cell-key.ts), a value or an
// empty value with the status saying why, and a note. The published figures are the base; the
// draft's cells are typed over them.
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import type { DraftCellRecord } from '../../store/repositories/entry-drafts.js';
import { formatCellKey } from '../submissions/cell-key.js';

export interface GridCell {
  key: string;
  value: number | null;
  status: string;
  note: string | null;
  /** Typed in the draft (not, or no longer, the published figure). */
  edited: boolean;
}

/** {DIM: code} of a dotted key; undefined when it does not have one code per dimension. */
export function parseCellKey(table: TableDef, key: string): Record<string, string> | undefined {
  const codes = key.split('.');
  if (codes.length !== table.dimensions.length || codes.some((c) => c === '')) return undefined;
  return Object.fromEntries(table.dimensions.map((d, i) => [d.id, codes[i] as string]));
}

export function publishedCell(table: TableDef, observation: Observation): GridCell {
  return {
    key: formatCellKey(table, observation.key),
    value: observation.value,
    status: observation.status,
    note: observation.note ?? null,
    edited: false,
  };
}

/** Every published cell with the draft's cells typed over them, in key order. */
export function overlayDraft(
  table: TableDef,
  published: readonly Observation[],
  draft: readonly DraftCellRecord[],
): GridCell[] {
  const cells = new Map(published.map((o) => [formatCellKey(table, o.key), publishedCell(table, o)]));
  for (const cell of draft) cells.set(cell.key, { ...cell, edited: true });
  return [...cells.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * What the draft submits: for every year it touches, the whole table of that year (a release
 * replaces a country's year as a whole), published cells included as published; years it
 * leaves alone are not sent again. Ordered by key, as the grid lists them.
 */
export function composeDraft(
  table: TableDef,
  published: readonly Observation[],
  draft: readonly DraftCellRecord[],
): Observation[] {
  const years = new Set(draft.map((c) => c.key.slice(c.key.lastIndexOf('.') + 1)));
  const cells = new Map<string, Observation>();
  for (const o of published) {
    if (years.has(o.key.TIME_PERIOD ?? '')) cells.set(formatCellKey(table, o.key), o);
  }
  for (const cell of draft) {
    const key = parseCellKey(table, cell.key);
    if (key) cells.set(cell.key, typeOver(table, key, cell, cells.get(cell.key)));
  }
  return [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, o]) => o);
}

/** A typed cell keeps the published cell's confidentiality; its value, status and note are new. */
function typeOver(
  table: TableDef,
  key: Record<string, string>,
  cell: DraftCellRecord,
  base: Observation | undefined,
): Observation {
  return {
    table: table.id,
    key,
    value: cell.value,
    // A typed value without a status is a normal value; an empty one keeps its status (or none).
    status: cell.status || (cell.value === null ? '' : 'A'),
    conf: base?.conf ?? 'F',
    ...(cell.note ? { note: cell.note } : {}),
  };
}
