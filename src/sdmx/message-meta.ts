// The header every SDMX-JSON message carries: an id, when it was prepared (with a time zone),
// the sender, and the languages used — the reader's first, then the others.
import { randomUUID } from 'node:crypto';
import { LANGUAGES, type Labels, type Lang } from '../framework/types.js';

export const SENDER_NAMES: Labels = {
  en: 'Organization of American States (OAS) — SICREMI',
  es: 'Organización de los Estados Americanos (OEA) — SICREMI',
  fr: 'Organisation des États américains (OEA) — SICREMI',
  pt: 'Organização dos Estados Americanos (OEA) — SICREMI',
};

/** A localisable text as SDMX-JSON wants it: best match in `name`, every language in `names`. */
export function localised(texts: Labels, lang: Lang, key: 'name' | 'description' = 'name') {
  return { [key]: texts[lang] || texts.en, [`${key}s`]: { ...texts } } as Record<string, unknown>;
}

export function contentLanguages(lang: Lang): string[] {
  return [lang, ...LANGUAGES.filter((l) => l !== lang)];
}

export function messageMeta(schema: string, lang: Lang, selfUrl?: string) {
  return {
    schema,
    id: `SICREMI-${randomUUID()}`,
    test: false,
    prepared: new Date().toISOString(),
    contentLanguages: contentLanguages(lang),
    sender: { id: 'OAS', ...localised(SENDER_NAMES, lang) },
    ...(selfUrl ? { links: [{ href: selfUrl, rel: 'self', hreflang: lang }] } : {}),
  };
}
