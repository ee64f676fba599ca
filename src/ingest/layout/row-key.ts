// A row's key as the reader builds it: the mapped code of each key column, then the layout's
// defaults and, in a wide table, the value column's code. With a codec, each code becomes its
// digit as it is set, and the key its number (key-codec.ts): validation then has nothing to
// encode, and the row needs no dimension → code object. A key the codec cannot take — a code
// with no digit, a country not the submission's — has no number; it goes out as that object,
// and validation reports it as it always has.
import type { KeyCodec } from '../validation/key-codec.js';
import type { ColumnLayout } from './column-layout.js';

export interface RowKey {
  /** Key column `k` (in layout.dimensions order) holds `code` in this row. */
  set(k: number, code: string): void;
  /** The key's number with value column `v`'s code (wide layout), its digits in `digits`; or
   * undefined when it has no number. */
  number(v: number): number | undefined;
  /** The key as dimension → code, with value column `wideCode` (wide layout). */
  record(wideCode: string | undefined): Record<string, string>;
  /** The digits of the last key numbered, one per codec dimension; overwritten row by row. */
  readonly digits: readonly number[];
  /** Codec dimensions in the order record() lists them; empty without a codec. */
  readonly keyOrder: readonly number[];
}

export function createRowKey(layout: ColumnLayout, country: string, codec?: KeyCodec): RowKey {
  const columnIds = layout.dimensions.map((d) => d.def.id);
  const codes = columnIds.map(() => '');
  const wideId = layout.wide?.def.id;
  const record = (wideCode: string | undefined) => {
    const key: Record<string, string> = {};
    columnIds.forEach((id, k) => {
      key[id] = codes[k] as string;
    });
    for (const d of layout.defaults) key[d.dimension] = d.code;
    return wideId && wideCode ? { ...key, [wideId]: wideCode } : key;
  };
  const encoding = codec ? encodeWith(codec, layout, country) : undefined;
  if (!codec || !encoding) {
    return {
      set(k, code) {
        codes[k] = code;
      },
      number: () => undefined,
      record,
      digits: [],
      keyOrder: [],
    };
  }
  const { digits, columnDims, wideDim, wideDigits, countryDigit, weights, keyOrder } = encoding;
  return {
    set(k, code) {
      codes[k] = code;
      const d = columnDims[k] as number;
      digits[d] = codec.digitOf(d, code);
    },
    number(v) {
      if (wideDim >= 0) digits[wideDim] = wideDigits[v] as number;
      // The country is the first dimension (encodeKey's WRONG_COUNTRY).
      if (digits[0] !== countryDigit) return undefined;
      let key = 0;
      for (let d = 0; d < digits.length; d++) {
        const digit = digits[d] as number;
        if (digit < 0) return undefined;
        key += digit * (weights[d] as number);
      }
      return key;
    },
    record,
    digits,
    keyOrder,
  };
}

/** What numbering keys needs, or undefined when the layout does not name each codec dimension once. */
function encodeWith(codec: KeyCodec, layout: ColumnLayout, country: string) {
  const dimensionOf = (id: string) => codec.dimensions.indexOf(id);
  const columnDims = layout.dimensions.map((d) => dimensionOf(d.def.id));
  const defaultDims = layout.defaults.map((d) => dimensionOf(d.dimension));
  const wideDim = layout.wide ? dimensionOf(layout.wide.def.id) : -1;
  const keyOrder = [...columnDims, ...defaultDims, ...(layout.wide ? [wideDim] : [])];
  const named = new Set(keyOrder);
  if (named.has(-1) || named.size !== keyOrder.length || named.size !== codec.dimensions.length)
    return undefined;
  const digits: number[] = codec.dimensions.map(() => -1);
  layout.defaults.forEach((d, i) => {
    const dimension = defaultDims[i] as number;
    digits[dimension] = codec.digitOf(dimension, d.code);
  });
  return {
    digits,
    columnDims,
    wideDim,
    // A long layout's one value column has no code, and the key no wide dimension.
    wideDigits: (layout.wide?.columns ?? []).map((c) => (c.code ? codec.digitOf(wideDim, c.code) : -1)),
    countryDigit: codec.digitOf(0, country),
    weights: codec.dimensions.map((_, d) => codec.weight(d)),
    keyOrder,
  };
}
