// A series key as one number: each dimension's code is a digit (its position in the code list;
// for TIME_PERIOD the year minus 1000) in a mixed-radix number. A million keys then fit in a
// typed array, and "the same key with SEX = _T" is one addition — what makes the set-level
// rules (duplicates, additivity, outliers) fast on large files.
import { getCodelist } from '../../framework/index.js';
import type { Code, TableDef } from '../../framework/types.js';

const FIRST_YEAR = 1000;
const YEARS = 9000;

interface DimensionDigits {
  id: string;
  radix: number;
  weight: number;
  isTime: boolean;
  codes: readonly Code[];
  index: Map<string, number>;
  /** The last code looked up and its digit: sorted files repeat a code row after row. */
  lastCode: string;
  lastDigit: number;
}

export interface KeyCodec {
  readonly dimensions: readonly string[];
  /** The digit of `code` in `dimension`, or -1 when the code is not reportable there. */
  digitOf(dimension: number, code: string): number;
  /** The code a digit stands for. */
  codeOf(dimension: number, digit: number): string;
  weight(dimension: number): number;
  /** How many digits a dimension has (its code list's length; 9000 years for TIME_PERIOD). */
  radix(dimension: number): number;
  /** Digit of `_T` in a dimension, or -1. */
  totalDigit(dimension: number): number;
  isTime(dimension: number): boolean;
}

export function createKeyCodec(table: TableDef): KeyCodec {
  const digits: DimensionDigits[] = table.dimensions.map((def) => {
    const isTime = def.kind === 'time';
    const codes = isTime ? [] : (getCodelist(def.codelist)?.codes ?? []);
    const index = new Map<string, number>();
    codes.forEach((code, i) => {
      if (!code.derived) index.set(code.id, i);
    });
    const radix = isTime ? YEARS : Math.max(1, codes.length);
    return { id: def.id, radix, weight: 0, isTime, codes, index, lastCode: '', lastDigit: -1 };
  });
  let weight = 1;
  for (let d = digits.length - 1; d >= 0; d--) {
    const dimension = digits[d] as DimensionDigits;
    dimension.weight = weight;
    weight *= dimension.radix;
  }
  if (weight > Number.MAX_SAFE_INTEGER)
    throw new Error(`ingest: the keys of ${table.id} do not fit a number`);
  const at = (d: number) => digits[d] as DimensionDigits;
  return {
    dimensions: digits.map((d) => d.id),
    digitOf(d, code) {
      const dimension = at(d);
      if (code === dimension.lastCode) return dimension.lastDigit;
      const digit = dimension.isTime ? yearDigit(code) : (dimension.index.get(code) ?? -1);
      dimension.lastCode = code;
      dimension.lastDigit = digit;
      return digit;
    },
    codeOf(d, digit) {
      const dimension = at(d);
      return dimension.isTime ? String(digit + FIRST_YEAR) : (dimension.codes[digit]?.id ?? '');
    },
    weight: (d) => at(d).weight,
    radix: (d) => at(d).radix,
    totalDigit: (d) => at(d).index.get('_T') ?? -1,
    isTime: (d) => at(d).isTime,
  };
}

/** The year of a YYYY period minus 1000, or -1; by char codes, as it runs once per row. */
function yearDigit(code: string): number {
  if (code.length !== 4) return -1;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = code.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    year = year * 10 + digit;
  }
  return year >= FIRST_YEAR ? year - FIRST_YEAR : -1;
}
