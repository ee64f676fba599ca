// Whether "1.234" means one thousand two hundred thirty-four or one point two three four is
// decided once per file, from its values: "12,5" or "1.234,5" can only be a decimal comma,
// "12.5" or "1,234.5" only a decimal point. When the sample proves nothing, a semicolon-
// delimited file (the export of Spanish, French and Portuguese Excel) takes the comma.
import type { Cell } from '../readers/raw-row.js';

export type DecimalMark = '.' | ',';

export interface DecimalDecision {
  decimal: DecimalMark;
  /** How it was decided: from values that only one reading explains, or by default. */
  basis: 'values' | 'delimiter' | 'default';
}

const ONLY_COMMA = [
  /^-?\d+,\d{1,2}$/,
  /^-?\d+,\d{4,}$/,
  /^-?\d{1,3}(\.\d{3})+,\d+$/,
  /^-?\d{1,3}(\.\d{3}){2,}$/,
];
const ONLY_POINT = [
  /^-?\d+\.\d{1,2}$/,
  /^-?\d+\.\d{4,}$/,
  /^-?\d{1,3}(,\d{3})+\.\d+$/,
  /^-?\d{1,3}(,\d{3}){2,}$/,
];

export function decideDecimal(sample: Iterable<Cell>, delimiter?: string): DecimalDecision {
  let comma = 0;
  let point = 0;
  for (const cell of sample) {
    if (typeof cell !== 'string' || cell === '') continue;
    const text = cell.replace(/[\s\u00a0\u202f']/g, '');
    if (ONLY_COMMA.some((pattern) => pattern.test(text))) comma++;
    else if (ONLY_POINT.some((pattern) => pattern.test(text))) point++;
  }
  if (comma > point) return { decimal: ',', basis: 'values' };
  if (point > comma) return { decimal: '.', basis: 'values' };
  if (delimiter === ';') return { decimal: ',', basis: 'delimiter' };
  return { decimal: '.', basis: 'default' };
}
