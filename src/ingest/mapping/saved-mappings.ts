// National labels a country's correspondent has confirmed once ("Venezuela (Rep. Bol.)" is VEN
// in COUNTRY_OF_BIRTH for CHL), reused in every later round. Keys are normalized labels, so a
// mapping survives changes of case, accents and spacing.
import { normalizeLabel } from '../../framework/normalize-label.js';

export interface CodeMapping {
  dimension: string;
  sourceValue: string;
  code: string;
}

export interface SavedMappings {
  find(dimension: string, text: string): string | undefined;
}

export function createSavedMappings(mappings: Iterable<CodeMapping> = []): SavedMappings {
  const byDimension = new Map<string, Map<string, string>>();
  for (const mapping of mappings) {
    const texts = byDimension.get(mapping.dimension) ?? new Map<string, string>();
    texts.set(normalizeLabel(mapping.sourceValue), mapping.code);
    byDimension.set(mapping.dimension, texts);
  }
  return { find: (dimension, text) => byDimension.get(dimension)?.get(normalizeLabel(text)) };
}

export const NO_SAVED_MAPPINGS: SavedMappings = createSavedMappings();

/** Parses `DIM:national text=CODE`, the form of a mapping confirmed on the command line. */
export function parseCodeMapping(text: string): CodeMapping | undefined {
  const match = /^([A-Z_]+):(.+)=([^=]+)$/.exec(text.trim());
  if (!match) return undefined;
  return {
    dimension: match[1] as string,
    sourceValue: (match[2] as string).trim(),
    code: (match[3] as string).trim(),
  };
}
