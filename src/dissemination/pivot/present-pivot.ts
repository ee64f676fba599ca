// The JSON answer of GET /api/data/:table/pivot: the layout of the whole pivot (dimensions,
// column headers, row count, footnotes and flags present) and one window of its rows, each
// cell with its value, flags and footnote number. The browser asks for the next window as the
// reader scrolls, so a table of 200,000 cells costs it what it shows.
import { label } from '../../framework/index.js';
import type { Lang, TableDef } from '../../framework/types.js';
import type { ReleaseInfo } from '../../store/repositories/release-queries.js';
import type { PivotLayout } from './layout-pivot.js';

/** Columns one answer lays out; past it the answer says how many there are. */
export const MAX_PIVOT_COLUMNS = 1000;
export const MAX_PIVOT_PAGE_ROWS = 500;

export interface PivotCell {
  value: number | null;
  status: string;
  conf: string;
  /** Footnote number (1-based), when the cell has a note. */
  note?: number;
  /**
   * A regional aggregate: the member states whose value went in, of the region's members, and
   * how many of them carry D (definition differs), U or E (FRAMEWORK §7).
   */
  coverage?: { countries: number; of: number; flagged?: Record<string, number> };
}

export interface PivotRow {
  key: string[];
  cells: (PivotCell | null)[];
}

export interface PivotAnswer {
  table: { id: string; name: string };
  lang: Lang;
  asOf: string;
  releases: { id: number; publishedAt: string; source: ReleaseInfo['source'] }[];
  rowDims: { id: string; name: string }[];
  colDims: { id: string; name: string }[];
  fixed: { id: string; name: string; code: string; codeName: string }[];
  /** Names of the codes present, per dimension, in reading order. */
  codes: Record<string, { id: string; name: string }[]>;
  /** The periods present, ascending: what the time filter offers. */
  periods: string[];
  colKeys: string[][];
  columnCount: number;
  rowCount: number;
  offset: number;
  rows: PivotRow[];
  notes: string[];
  statuses: string[];
  confs: string[];
  /** Observations in the table (count), in the selection (total), and whether it was cut. */
  count: number;
  total: number;
  truncated: boolean;
}

/** A cell of the layout: a published observation or a regional aggregate. */
export interface PivotObservation {
  key: Record<string, string>;
  value: number | null;
  status: string;
  conf: string;
  note?: string | null;
  coverage?: { countries: number; of: number; flagged?: Record<string, number> };
}

export interface PivotSource {
  table: TableDef;
  layout: PivotLayout;
  observations: readonly PivotObservation[];
  /** Published observations laid out (the aggregates are not counted). */
  observationCount: number;
  /** A code's name in the reader's language (a region's name for an aggregate). */
  nameOf(dimension: string, code: string): string;
  releases: readonly ReleaseInfo[];
  total: number;
  truncated: boolean;
  at: string;
  /** Flags present anywhere in the table, for the legend. */
  statuses: string[];
  confs: string[];
}

export function collectFlags(observations: readonly PivotObservation[]): {
  statuses: string[];
  confs: string[];
} {
  const statuses = new Set<string>();
  const confs = new Set<string>();
  for (const o of observations) {
    statuses.add(o.status);
    confs.add(o.conf);
  }
  return { statuses: [...statuses].sort(), confs: [...confs].sort() };
}

export function presentPivot(
  source: PivotSource,
  window: { offset: number; rows: number },
  lang: Lang,
): PivotAnswer {
  const { table, layout, observations } = source;
  const dimension = (id: string) => table.dimensions.find((d) => d.id === id);
  const named = (id: string) => ({
    id,
    name: label(dimension(id)?.names ?? { en: id, es: id, fr: id, pt: id }, lang),
  });
  const codeNameOf = source.nameOf;
  const shownColumns = Math.min(layout.colKeys.length, MAX_PIVOT_COLUMNS);
  const offset = Math.min(Math.max(0, window.offset), layout.rowKeys.length);
  const end = Math.min(layout.rowKeys.length, offset + Math.min(window.rows, MAX_PIVOT_PAGE_ROWS));
  const rows: PivotAnswer['rows'] = [];
  for (let r = offset; r < end; r++) {
    const cells: (PivotCell | null)[] = new Array(shownColumns).fill(null);
    for (let e = layout.rowStart[r] as number; e < (layout.rowStart[r + 1] as number); e++) {
      const col = layout.entryCols[e] as number;
      if (col >= shownColumns) break;
      const o = observations[layout.entries[e] as number] as PivotObservation;
      const note = o.note ? layout.noteNumbers.get(o.note) : undefined;
      cells[col] = {
        value: o.value,
        status: o.status,
        conf: o.conf,
        ...(note ? { note } : {}),
        ...(o.coverage ? { coverage: o.coverage } : {}),
      };
    }
    rows.push({ key: layout.rowKeys[r] as string[], cells });
  }
  const laidOut = [...layout.rowDims, ...layout.colDims];
  return {
    table: { id: table.id, name: label(table.names, lang) },
    lang,
    asOf: source.at,
    releases: source.releases.map((r) => ({ id: r.id, publishedAt: r.publishedAt, source: r.source })),
    rowDims: layout.rowDims.map(named),
    colDims: layout.colDims.map(named),
    fixed: layout.fixed.map(({ dimension: id, code }) => ({
      ...named(id),
      code,
      codeName: codeNameOf(id, code),
    })),
    codes: Object.fromEntries(
      laidOut.map((id) => [
        id,
        (layout.codes.get(id) ?? []).map((code) => ({ id: code, name: codeNameOf(id, code) })),
      ]),
    ),
    periods: layout.codes.get('TIME_PERIOD') ?? [],
    colKeys: layout.colKeys.slice(0, shownColumns),
    columnCount: layout.colKeys.length,
    rowCount: layout.rowKeys.length,
    offset,
    rows,
    notes: layout.notes,
    statuses: source.statuses,
    confs: source.confs,
    count: source.observationCount,
    total: source.total,
    truncated: source.truncated,
  };
}
