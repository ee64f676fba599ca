// Numbers and dates as each language writes them, through Intl: 2,212,879 (en, British usage as in the framework), 2.212.879 (es,
// pt), 2 212 879 (fr, with a narrow no-break space). One place, so a figure reads the same in the
// key-figures table, the narrative, the charts and the HTML and PDF of a report.
import type { Lang } from '../../framework/types.js';

export const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', es: 'es-ES', fr: 'fr-FR', pt: 'pt-BR' };

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(id);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(id, format);
  }
  return format;
}

/** A count of persons or events: whole numbers with the language's group separator. */
export function formatCount(lang: Lang, value: number): string {
  // Spanish groups 4-digit numbers only from 10,000 (CLDR); a table reads better grouped always.
  return numberFormat(lang, {
    maximumFractionDigits: 0,
    useGrouping: 'always',
  } as Intl.NumberFormatOptions).format(value);
}

/** A value with a fixed number of decimals (rates, ratios). */
export function formatDecimal(lang: Lang, value: number, digits = 1): string {
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A percentage given in percent (4.9 → "4.9%", "4,9 %"). */
export function formatPercent(lang: Lang, value: number, digits = 1): string {
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value / 100);
}

/** A change in percent with its sign (+3.1%, −2.0 %). */
export function formatSignedPercent(lang: Lang, value: number, digits = 1): string {
  return numberFormat(lang, {
    style: 'percent',
    signDisplay: 'exceptZero',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value / 100);
}

/** Short axis labels: 2.2M, 2,2 M, 2,2 mi. */
export function formatCompact(lang: Lang, value: number): string {
  return numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A date (ISO instant or YYYY-MM-DD) in the language's long form, in UTC: 29 November 2026. */
export function formatDate(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

/** Date and time to the minute, UTC, for the pin line. */
export function formatDateTime(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso));
}

/** "a, b and c" in the language. */
export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items);
}

/** The plural category a number takes as written with `digits` decimals (1.0 is plural in English). */
export function selectPlural(lang: Lang, value: number, digits = 0): 'one' | 'other' {
  const rules = new Intl.PluralRules(LOCALES[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return rules.select(value) === 'one' ? 'one' : 'other';
}
