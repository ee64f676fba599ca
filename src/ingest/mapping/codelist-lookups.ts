// One look-up per code list, built on first use and shared: building CL_AREA's (every country
// in four languages plus aliases) takes milliseconds that a row must never pay. A coordinator
// adding a code to a list starts a new generation of look-ups.

import { type CodeLookup, createCodeLookup } from '../../framework/code-lookup.js';
import { COUNTRIES } from '../../framework/countries.js';
import { codelistsGeneration, getCodelist } from '../../framework/index.js';

const LOOKUPS = new Map<string, CodeLookup>();
let lookupsGeneration = codelistsGeneration();

export function getCodelistLookup(codelistId: string): CodeLookup | undefined {
  if (lookupsGeneration !== codelistsGeneration()) {
    LOOKUPS.clear();
    lookupsGeneration = codelistsGeneration();
  }
  const cached = LOOKUPS.get(codelistId);
  if (cached) return cached;
  const codelist = getCodelist(codelistId);
  if (!codelist) return undefined;
  const lookup = createCodeLookup(codelist, codelistId === 'CL_AREA' ? COUNTRIES : []);
  LOOKUPS.set(codelistId, lookup);
  return lookup;
}
