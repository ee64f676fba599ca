// What a typed or pasted text means in a cell: nothing (an empty cell), a status letter saying
// why the cell is empty (L, M, O, Q), or a number written the way the reader's language or a
// spreadsheet writes it ("1,234.5", "1.234,5", "1 234,5"). Text that is none of these is not a
// number: it is refused, never read as zero.
import type { Lang } from '../../i18n/languages';
import { type CellContent, MISSING_STATUSES } from './entry-types';

const DECIMAL_COMMA: Record<Lang, boolean> = { en: false, es: true, fr: true, pt: true };

export function parseTyped(text: string, lang: Lang): Omit<CellContent, 'note'> | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null, status: '' };
  const upper = trimmed.toUpperCase();
  if ((MISSING_STATUSES as readonly string[]).includes(upper)) return { value: null, status: upper };
  const value = parseNumber(trimmed, lang);
  return value === undefined ? undefined : { value, status: '' };
}

export function parseNumber(text: string, lang: Lang): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f'’]/g, '');
  if (!/^-?[\d.,]+$/.test(compact) || !/\d/.test(compact)) return undefined;
  const decimal = decimalSeparator(compact, lang);
  const thousands = decimal === '.' ? ',' : '.';
  const normalized = compact.split(thousands).join('').replace(decimal, '.');
  if ((normalized.match(/\./g) ?? []).length > 1) return undefined;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}

/** With both separators the last is the decimal; with one, a group of three digits is thousands. */
function decimalSeparator(text: string, lang: Lang): '.' | ',' {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const only = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : DECIMAL_COMMA[lang] ? ',' : '.';
  const groups = text.split(only);
  const looksLikeThousands = groups.length > 2 || (groups.length === 2 && groups[1]?.length === 3);
  if (!looksLikeThousands) return only;
  return only === '.' ? ',' : '.';
}

/** Rows of tab-separated cells, as spreadsheets put a block on the clipboard. */
export function parseClipboardBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

/** A value as it is typed back into the editor: no grouping, the language's decimal mark. */
export function formatEditable(
  content: Pick<CellContent, 'value' | 'status'> | undefined,
  lang: Lang,
): string {
  if (!content) return '';
  if (content.value === null) return content.status;
  const text = String(content.value);
  return DECIMAL_COMMA[lang] ? text.replace('.', ',') : text;
}
