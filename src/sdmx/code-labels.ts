// Names of codes in the reader's language, and the order code lists give them, for every
// output that shows a code. A code no list knows (added by a coordinator in another process
// since this one last read the store) is shown by its id rather than dropped.
import { getCodelist, label, memoPerCodelist } from '../framework/index.js';
import type { DimensionDef, Lang } from '../framework/types.js';

const orderIn = memoPerCodelist((list) => new Map(list.codes.map((c, i) => [c.id, i])));
const NO_ORDER = new Map<string, number>();

function orderOf(codelistId: string): Map<string, number> {
  return orderIn(codelistId) ?? NO_ORDER;
}

export function codeName(dimension: Pick<DimensionDef, 'codelist'>, code: string, lang: Lang): string {
  if (!dimension.codelist) return code;
  const list = getCodelist(dimension.codelist);
  const position = orderOf(dimension.codelist).get(code);
  const found = position === undefined ? undefined : list?.codes[position];
  return found ? label(found.labels, lang) : code;
}

/** Codes sorted as their code list lists them (periods in time order); unknown codes last. */
export function sortCodes(dimension: Pick<DimensionDef, 'codelist'>, codes: Iterable<string>): string[] {
  const unique = [...new Set(codes)];
  if (!dimension.codelist) return unique.sort();
  const order = orderOf(dimension.codelist);
  const rank = (c: string) => order.get(c) ?? Number.MAX_SAFE_INTEGER;
  return unique.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
