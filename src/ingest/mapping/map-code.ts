// A national code or label becomes a standard code by, in order: the code itself, an ISO
// alpha-2/alpha-3 code, a label or alias in any of the four languages (case-, accent- and
// space-insensitive), "CODE: label" as SDMX-CSV and our templates write it, then the country's
// saved mappings. Failing all, the closest codes are suggested and a person decides. Derived
// aggregates (AGE Y15T64) are computed, never reported, so they never match.
import type { Code, DimensionDef } from '../../framework/types.js';
import type { Cell } from '../readers/raw-row.js';
import { getCodelistLookup } from './codelist-lookups.js';
import { parsePeriod } from './parse-period.js';
import type { SavedMappings } from './saved-mappings.js';

export type MappedCode =
  | { ok: true; code: string }
  | { ok: false; kind: 'unknown'; suggestions: string[] }
  | { ok: false; kind: 'period' }
  | { ok: false; kind: 'empty' };

export interface DimensionMapper {
  map(cell: Cell): MappedCode;
}

const SUGGESTIONS = 3;
const MIN_SIMILARITY = 0.3;
const EMPTY: MappedCode = { ok: false, kind: 'empty' };

export function createDimensionMapper(dimension: DimensionDef, saved: SavedMappings): DimensionMapper {
  const resolveText = dimension.kind === 'time' ? mapPeriod : createCodeResolver(dimension, saved);
  const resolve = (cell: Cell) => (cell === '' ? EMPTY : resolveText(cell));
  // Files repeat a handful of labels over thousands of rows: resolve each distinct cell once.
  const cache = new Map<Cell, MappedCode>();
  // Sorted files repeat the same cell row after row: remember the last one too.
  let lastCell: Cell = '';
  let lastMapped: MappedCode = EMPTY;
  return {
    map(cell) {
      if (cell === lastCell) return lastMapped;
      let mapped = cache.get(cell);
      if (!mapped) {
        mapped = resolve(cell);
        cache.set(cell, mapped);
      }
      lastCell = cell;
      lastMapped = mapped;
      return mapped;
    },
  };
}

function mapPeriod(cell: Cell): MappedCode {
  const period = parsePeriod(cell);
  return period ? { ok: true, code: period } : { ok: false, kind: 'period' };
}

function isReportable(code: Code | undefined): code is Code {
  return code !== undefined && !code.derived;
}

function createCodeResolver(dimension: DimensionDef, saved: SavedMappings): (cell: Cell) => MappedCode {
  const lookup = getCodelistLookup(dimension.codelist);
  return (cell) => {
    const text = String(cell);
    if (!lookup) return { ok: false, kind: 'unknown', suggestions: [] };
    const direct = lookup.find(text);
    if (isReportable(direct)) return { ok: true, code: direct.id };
    const prefix = /^\s*([^:—–]+?)\s*(?::|\s[—–-]\s)/.exec(text)?.[1];
    const prefixed = prefix ? lookup.find(prefix) : undefined;
    if (isReportable(prefixed) && prefix?.toUpperCase() === prefixed.id.toUpperCase()) {
      return { ok: true, code: prefixed.id };
    }
    const remembered = lookup.find(saved.find(dimension.id, text) ?? '');
    if (isReportable(remembered)) return { ok: true, code: remembered.id };
    const suggestions = lookup
      .suggest(text, SUGGESTIONS + 2)
      .filter((s) => isReportable(s.code) && s.score >= MIN_SIMILARITY)
      .slice(0, SUGGESTIONS)
      .map((s) => s.code.id);
    return { ok: false, kind: 'unknown', suggestions };
  };
}
