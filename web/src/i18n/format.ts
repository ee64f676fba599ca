// Numbers and dates in the reader's language. Missing values are never shown as zero: the
// caller passes null and gets an en dash, which the flag legend explains.
import { type Lang, LOCALES } from './languages';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, fractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], {
      maximumFractionDigits: fractionDigits,
      minimumFractionDigits: 0,
      useGrouping: 'always',
    });
    numberFormats.set(key, format);
  }
  return format;
}

export const MISSING_VALUE = '–';

/** 1,234.5 / 1.234,5 / 1 234,5 — at most `fractionDigits` decimals (1 by default). */
export function formatNumber(value: number | null | undefined, lang: Lang, fractionDigits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_VALUE;
  return numberFormat(lang, fractionDigits).format(value);
}

/** Large figures in words: 65.3 million, 65,3 millones… */
export function formatCompact(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_VALUE;
  return new Intl.NumberFormat(LOCALES[lang], {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value);
}

export function formatPercent(value: number | null | undefined, lang: Lang, fractionDigits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_VALUE;
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    maximumFractionDigits: fractionDigits,
    minimumFractionDigits: fractionDigits,
  }).format(value / 100);
}

export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return MISSING_VALUE;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium' }).format(date);
}

export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return MISSING_VALUE;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
