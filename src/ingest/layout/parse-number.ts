// A value cell as a number, read with the file's decimal mark. Thousands separators (the other
// mark in groups of three, spaces, apostrophes) are dropped; "(12)" and "−12" are negative.
// Anything else is not a number: the result is undefined and never silently 0.
import type { Cell } from '../readers/raw-row.js';
import type { DecimalMark } from './decide-decimal.js';

const GROUPED: Record<DecimalMark, RegExp> = {
  '.': /^\d{1,3}(,\d{3})+(\.\d+)?$/,
  ',': /^\d{1,3}(\.\d{3})+(,\d+)?$/,
};
const PLAIN = /^(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/;

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
}

export function parseNumber(cell: Cell, decimal: DecimalMark): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (isDigits(cell)) return Number(cell); // the common case, kept fast
  let text = cell.replace(/[\s\u00a0\u202f']/g, '').replace(/^\+/, '');
  let sign = 1;
  if (/^\(.*\)$/.test(text)) {
    sign = -1;
    text = text.slice(1, -1);
  }
  if (/^[-\u2212]/.test(text)) {
    sign = -sign;
    text = text.slice(1);
  }
  const thousands = decimal === '.' ? ',' : '.';
  if (GROUPED[decimal].test(text)) text = text.split(thousands).join('');
  else if (!PLAIN.test(text) || text.includes(thousands)) return undefined;
  const value = Number(decimal === ',' ? text.replace(',', '.') : text);
  return Number.isFinite(value) ? sign * value : undefined;
}
