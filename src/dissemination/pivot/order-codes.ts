// The order readers see a dimension's codes in, in every view of the data: country dimensions
// alphabetically in the reader's language (the total first; "other", "stateless" and "unknown"
// last), other code lists in their own order, years ascending.
import type { DimensionDef, Lang } from '../../framework/types.js';
import { codeName, sortCodes } from '../code-labels.js';

const AREA_DIMENSIONS = new Set(['REF_AREA', 'COUNTRY_OF_BIRTH', 'CITIZENSHIP', 'COUNTERPART_AREA']);
const AREA_FIRST = ['_T'];
const AREA_LAST = ['OTH', 'XXA', '_U'];
// One collator per language: making one costs more than sorting a dimension's codes.
const COLLATORS = new Map<Lang, Intl.Collator>();

function areaWeight(code: string): number {
  if (AREA_FIRST.includes(code)) return 0;
  const last = AREA_LAST.indexOf(code);
  return last === -1 ? 1 : 2 + last;
}

/** The distinct `codes`, in reading order. */
export function orderCodes(dimension: DimensionDef, codes: Iterable<string>, lang: Lang): string[] {
  const sorted = sortCodes(dimension, codes);
  if (!AREA_DIMENSIONS.has(dimension.id)) return sorted;
  let collator = COLLATORS.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang);
    COLLATORS.set(lang, collator);
  }
  const names = new Map(sorted.map((code) => [code, codeName(dimension, code, lang)]));
  return sorted.sort(
    (a, b) => areaWeight(a) - areaWeight(b) || collator.compare(names.get(a) ?? a, names.get(b) ?? b),
  );
}
