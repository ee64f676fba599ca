// A national label is mapped to a standard code by, in order: the code id, an ISO alpha-2 or
// alpha-3 code (area lists), a label in any of the four languages, an official long name or a
// known alias; failing that, the closest labels are only suggested — a person confirms them.
import { normalizeLabel } from './normalize-label.js';
import { diceSimilarity } from './similarity.js';
import type { Code, Codelist, Country } from './types.js';

export interface CodeSuggestion {
  code: Code;
  /** Similarity in [0, 1]; 1 is an exact match. */
  score: number;
}

export interface CodeLookup {
  /** The code the text designates without doubt, or undefined. */
  find(text: string): Code | undefined;
  /** The `n` most similar codes, best first. */
  suggest(text: string, n: number): CodeSuggestion[];
}

/** Every text that designates `code`, normalized: labels, aliases and, for areas, country names. */
export function listCodeTexts(code: Code, country?: Country): string[] {
  const texts = [...Object.values(code.labels), ...(code.aliases ?? [])];
  if (country) {
    texts.push(...Object.values(country.names), ...(country.aliases ?? []));
    texts.push(...Object.values(country.officialNames ?? {}).filter((t): t is string => Boolean(t)));
  }
  return [...new Set(texts.map(normalizeLabel).filter((t) => t.length > 0))];
}

export function createCodeLookup(codelist: Codelist, countries: readonly Country[] = []): CodeLookup {
  const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
  const byId = new Map<string, Code>();
  const byText = new Map<string, Code>();
  const entries: { code: Code; texts: string[] }[] = [];
  for (const code of codelist.codes) {
    byId.set(code.id.toUpperCase(), code);
    const country = byIso3.get(code.id);
    if (country) byId.set(country.iso2.toUpperCase(), code);
    const texts = listCodeTexts(code, country);
    for (const text of texts) if (!byText.has(text)) byText.set(text, code);
    entries.push({ code, texts });
  }

  return {
    find(text) {
      const trimmed = text.trim();
      if (trimmed === '') return undefined;
      return byId.get(trimmed.toUpperCase()) ?? byText.get(normalizeLabel(trimmed));
    },
    suggest(text, n) {
      const wanted = normalizeLabel(text);
      if (wanted === '') return [];
      const exact = this.find(text);
      const scored = entries.map(({ code, texts }) => ({
        code,
        score: code === exact ? 1 : Math.max(0, ...texts.map((t) => diceSimilarity(wanted, t))),
      }));
      return scored
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score || a.code.id.localeCompare(b.code.id))
        .slice(0, n);
    },
  };
}
