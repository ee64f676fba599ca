// The four OAS working languages and how each writes numbers and dates. Spanish and Portuguese
// group thousands with a dot even for four-digit numbers (1.234,5), French with a narrow space
// (1 234,5): `useGrouping: 'always'` overrides ICU's "min two grouping digits" habit of es.
export const LANGS = ['en', 'es', 'fr', 'pt'] as const;
export type Lang = (typeof LANGS)[number];

export const LANG_NAMES: Record<Lang, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  pt: 'Português',
};

/** BCP 47 locale used for Intl formatting in each language. */
export const LOCALES: Record<Lang, string> = {
  en: 'en-US',
  es: 'es-ES',
  fr: 'fr-FR',
  pt: 'pt-BR',
};

export const LANG_STORAGE_KEY = 'sicremi.lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** ?lang first (a shared link), then the remembered choice, then the browser's, else English. */
export function detectInitialLang(search: string, stored: string | null, browser: readonly string[]): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  if (isLang(stored)) return stored;
  for (const tag of browser) {
    const primary = tag.slice(0, 2).toLowerCase();
    if (isLang(primary)) return primary;
  }
  return 'en';
}
