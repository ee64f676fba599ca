// Texts in the four OAS working languages: a builder for the data files and a reader that
// falls back to English when a language is missing.
import type { Labels, Lang } from './types.js';

/** Builds a Labels record in the fixed order English, Spanish, French, Portuguese. */
export function labels(en: string, es: string, fr: string, pt: string): Labels {
  return { en, es, fr, pt };
}

/** The text in `lang`, or English when that language is empty. */
export function label(texts: Labels | Partial<Labels>, lang: Lang): string {
  return texts[lang] || texts.en || '';
}
