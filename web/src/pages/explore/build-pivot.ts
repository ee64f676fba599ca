// Lays observations out as a pivot table. Every dimension that varies in the result must be on
// rows or columns (one the reader did not place goes to rows), a dimension with one code is
// "fixed" and stated once above the table, and codes keep the order the API gives (code-list
// order, years ascending). Footnotes are numbered in order of first appearance.
import type { DataObservation, DataResponse } from '../../api/types';

export interface PivotDimension {
  id: string;
  name: string;
  codes: { id: string; name: string }[];
  labelOf: Map<string, string>;
}

export interface Pivot {
  rowDims: PivotDimension[];
  colDims: PivotDimension[];
  fixed: { dimension: PivotDimension; code: string }[];
  rowKeys: string[][];
  colKeys: string[][];
  /** Footnote text → its number. */
  notes: Map<string, number>;
  statuses: Set<string>;
  confs: Set<string>;
  cell(row: number, col: number): DataObservation | undefined;
}

const SEP = '\u0001';

export function buildPivot(response: DataResponse, rows: readonly string[], cols: readonly string[]): Pivot {
  const dims = new Map<string, PivotDimension>(
    response.dimensions.map((d) => [d.id, { ...d, labelOf: new Map(d.codes.map((c) => [c.id, c.name])) }]),
  );
  const present = new Map<string, Set<string>>();
  for (const observation of response.observations) {
    for (const [dimension, code] of Object.entries(observation.key)) {
      const codes = present.get(dimension) ?? new Set<string>();
      codes.add(code);
      present.set(dimension, codes);
    }
  }
  const varies = (id: string) => (present.get(id)?.size ?? 0) > 1;
  const order = response.dimensions.map((d) => d.id);
  let rowIds = rows.filter((id) => dims.has(id) && varies(id));
  const colIds = cols.filter((id) => dims.has(id) && varies(id) && !rowIds.includes(id));
  for (const id of order) {
    if (varies(id) && !rowIds.includes(id) && !colIds.includes(id)) rowIds = [...rowIds, id];
  }
  if (rowIds.length === 0 && colIds.length === 0 && order[0]) rowIds = [order[0]];

  const fixed = order
    .filter((id) => !rowIds.includes(id) && !colIds.includes(id))
    .flatMap((id) => {
      const dimension = dims.get(id);
      const code = [...(present.get(id) ?? [])][0];
      return dimension && code !== undefined ? [{ dimension, code }] : [];
    });

  const rank = new Map<string, Map<string, number>>(
    response.dimensions.map((d) => [d.id, new Map(orderCodes(d.id, d.codes).map((c, i) => [c.id, i]))]),
  );
  const keyOf = (observation: DataObservation, ids: readonly string[]) =>
    ids.map((id) => observation.key[id] ?? '');
  const compare = (ids: readonly string[]) => (a: string[], b: string[]) => {
    for (let i = 0; i < ids.length; i += 1) {
      const ranks = rank.get(ids[i] ?? '');
      const diff = (ranks?.get(a[i] ?? '') ?? 0) - (ranks?.get(b[i] ?? '') ?? 0);
      if (diff !== 0) return diff;
      const text = (a[i] ?? '').localeCompare(b[i] ?? '');
      if (text !== 0) return text;
    }
    return 0;
  };

  const rowMap = new Map<string, string[]>();
  const colMap = new Map<string, string[]>();
  const cells = new Map<string, DataObservation>();
  const statuses = new Set<string>();
  const confs = new Set<string>();
  for (const observation of response.observations) {
    const rowKey = keyOf(observation, rowIds);
    const colKey = keyOf(observation, colIds);
    const rowId = rowKey.join(SEP);
    const colId = colKey.join(SEP);
    rowMap.set(rowId, rowKey);
    colMap.set(colId, colKey);
    cells.set(`${rowId}\u0002${colId}`, observation);
    statuses.add(observation.status);
    confs.add(observation.conf);
  }
  const rowKeys = [...rowMap.values()].sort(compare(rowIds));
  const colKeys = [...colMap.values()].sort(compare(colIds));
  const rowIdList = rowKeys.map((k) => k.join(SEP));
  const colIdList = colKeys.map((k) => k.join(SEP));

  const notes = new Map<string, number>();
  for (const rowId of rowIdList) {
    for (const colId of colIdList) {
      const note = cells.get(`${rowId}\u0002${colId}`)?.note;
      if (note && !notes.has(note)) notes.set(note, notes.size + 1);
    }
  }

  return {
    rowDims: rowIds.map((id) => dims.get(id)!),
    colDims: colIds.map((id) => dims.get(id)!),
    fixed,
    rowKeys,
    colKeys,
    notes,
    statuses,
    confs,
    cell: (row, col) => cells.get(`${rowIdList[row]}\u0002${colIdList[col]}`),
  };
}

/** Country dimensions read best alphabetically (in the reader's language): total first, then
 * the countries, then "other", "stateless" and "unknown". Other code lists keep their order. */
export const AREA_DIMENSIONS = new Set(['REF_AREA', 'COUNTRY_OF_BIRTH', 'CITIZENSHIP', 'COUNTERPART_AREA']);
const AREA_FIRST = ['_T'];
const AREA_LAST = ['OTH', 'XXA', '_U'];

export function orderCodes<T extends { id: string; name: string }>(
  dimension: string,
  codes: readonly T[],
): T[] {
  if (!AREA_DIMENSIONS.has(dimension)) return [...codes];
  const weight = (id: string) =>
    AREA_FIRST.includes(id) ? 0 : AREA_LAST.includes(id) ? 2 + AREA_LAST.indexOf(id) : 1;
  return [...codes].sort((a, b) => weight(a.id) - weight(b.id) || a.name.localeCompare(b.name));
}

/** Header cells of one column level, merging neighbours that share the same prefix. */
export function spanHeaders(colKeys: readonly string[][], level: number): { code: string; span: number }[] {
  const spans: { code: string; span: number; prefix: string }[] = [];
  for (const key of colKeys) {
    const prefix = key.slice(0, level + 1).join(SEP);
    const last = spans[spans.length - 1];
    if (last && last.prefix === prefix) last.span += 1;
    else spans.push({ code: key[level] ?? '', span: 1, prefix });
  }
  return spans.map(({ code, span }) => ({ code, span }));
}
