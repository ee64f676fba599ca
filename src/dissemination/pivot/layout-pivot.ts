// Lays published observations out as a pivot table on the server, so the browser receives the
// rows it shows and nothing more. Every dimension that varies must be on rows or columns (one
// the reader did not place goes to rows); a dimension with a single code is "fixed" and stated
// once. Nothing is summed here: a total is the published `_T` cell or nothing, since a sum of
// hidden values could undo secondary suppression; the only sums are the regional aggregates
// the reader asks for, made from visible figures (regional-aggregates.ts).
// Footnotes are numbered in reading order over the whole table, so every page agrees.

export interface PivotInput {
  /** The table's dimension ids, in key order. */
  dimensions: readonly string[];
  observations: readonly { key: Record<string, string>; note?: string | null }[];
  rows: readonly string[];
  cols: readonly string[];
  /** Codes of a dimension in reading order (see order-codes.ts). */
  orderOf(dimension: string, codes: Iterable<string>): string[];
}

export interface PivotLayout {
  rowDims: string[];
  colDims: string[];
  fixed: { dimension: string; code: string }[];
  /** Codes per dimension, in reading order. */
  codes: Map<string, string[]>;
  rowKeys: string[][];
  colKeys: string[][];
  /** Observations of row r are entries rowStart[r] … rowStart[r+1]-1 of `entries`/`entryCols`. */
  rowStart: Int32Array;
  /** Observation index per entry, rows in order, columns ascending within a row. */
  entries: Int32Array;
  entryCols: Int32Array;
  /** Footnote texts; a cell's footnote number is its index + 1. */
  notes: string[];
  noteNumbers: Map<string, number>;
}

const SEP = '\u0001';

function presentCodes(input: PivotInput): Map<string, Set<string>> {
  const present = new Map(input.dimensions.map((id) => [id, new Set<string>()]));
  for (const observation of input.observations) {
    for (const id of input.dimensions) present.get(id)?.add(observation.key[id] ?? '');
  }
  return present;
}

function placeDimensions(input: PivotInput, varies: (id: string) => boolean) {
  const known = new Set(input.dimensions);
  const rowDims = input.rows.filter((id) => known.has(id) && varies(id));
  const colDims = input.cols.filter((id) => known.has(id) && varies(id) && !rowDims.includes(id));
  for (const id of input.dimensions) {
    if (varies(id) && !rowDims.includes(id) && !colDims.includes(id)) rowDims.push(id);
  }
  const first = input.dimensions[0];
  if (rowDims.length === 0 && colDims.length === 0 && first !== undefined) rowDims.push(first);
  return { rowDims, colDims };
}

/** Distinct keys over `dims`, sorted by each dimension's reading order; each observation's index. */
function indexKeys(
  input: PivotInput,
  dims: readonly string[],
  rank: Map<string, Map<string, number>>,
): { keys: string[][]; of: Int32Array } {
  const ids = new Map<string, number>();
  const keys: string[][] = [];
  const provisional = new Int32Array(input.observations.length);
  input.observations.forEach((observation, i) => {
    const key = dims.map((d) => observation.key[d] ?? '');
    const id = key.join(SEP);
    let index = ids.get(id);
    if (index === undefined) {
      index = keys.length;
      ids.set(id, index);
      keys.push(key);
    }
    provisional[i] = index;
  });
  const ranks = dims.map((d) => rank.get(d) as Map<string, number>);
  const order = keys.map((_, i) => i);
  order.sort((a, b) => {
    const ka = keys[a] as string[];
    const kb = keys[b] as string[];
    for (let d = 0; d < dims.length; d++) {
      const diff = (ranks[d]?.get(ka[d] ?? '') ?? 0) - (ranks[d]?.get(kb[d] ?? '') ?? 0);
      if (diff !== 0) return diff;
    }
    return 0;
  });
  const finalOf = new Int32Array(keys.length);
  order.forEach((provisionalIndex, finalIndex) => {
    finalOf[provisionalIndex] = finalIndex;
  });
  const of = provisional.map((p) => finalOf[p] as number);
  return { keys: order.map((i) => keys[i] as string[]), of };
}

export function layoutPivot(input: PivotInput): PivotLayout {
  const present = presentCodes(input);
  const varies = (id: string) => (present.get(id)?.size ?? 0) > 1;
  const { rowDims, colDims } = placeDimensions(input, varies);
  const codes = new Map(input.dimensions.map((id) => [id, input.orderOf(id, present.get(id) ?? [])]));
  const rank = new Map(
    [...codes].map(([id, list]) => [id, new Map(list.map((code, i) => [code, i]))] as const),
  );
  const fixed = input.dimensions
    .filter((id) => !rowDims.includes(id) && !colDims.includes(id))
    .flatMap((dimension) => {
      const code = codes.get(dimension)?.[0];
      return code === undefined || input.observations.length === 0 ? [] : [{ dimension, code }];
    });
  const rows = indexKeys(input, rowDims, rank);
  const cols = indexKeys(input, colDims, rank);

  // A counting sort by row, then columns in order within each row.
  const size = input.observations.length;
  const rowStart = new Int32Array(rows.keys.length + 1);
  for (let i = 0; i < size; i++) (rowStart[(rows.of[i] as number) + 1] as number)++;
  for (let r = 0; r < rows.keys.length; r++)
    rowStart[r + 1] = (rowStart[r + 1] as number) + (rowStart[r] as number);
  const next = rowStart.slice(0, rows.keys.length);
  const entries = new Int32Array(size);
  for (let i = 0; i < size; i++) entries[(next[rows.of[i] as number] as number)++] = i;
  const entryCols = new Int32Array(size);
  for (let r = 0; r < rows.keys.length; r++) {
    const from = rowStart[r] as number;
    const to = rowStart[r + 1] as number;
    const inRow = Array.from(entries.subarray(from, to)).sort(
      (a, b) => (cols.of[a] as number) - (cols.of[b] as number),
    );
    inRow.forEach((observation, j) => {
      entries[from + j] = observation;
      entryCols[from + j] = cols.of[observation] as number;
    });
  }

  const noteNumbers = new Map<string, number>();
  for (const i of entries) {
    const note = input.observations[i]?.note;
    if (note && !noteNumbers.has(note)) noteNumbers.set(note, noteNumbers.size + 1);
  }
  return {
    rowDims,
    colDims,
    fixed,
    codes,
    rowKeys: rows.keys,
    colKeys: cols.keys,
    rowStart,
    entries,
    entryCols,
    notes: [...noteNumbers.keys()],
    noteNumbers,
  };
}
