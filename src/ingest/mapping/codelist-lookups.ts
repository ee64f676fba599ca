// One look-up per code list, built on first use and shared: building CL_AREA's (every country
// in four languages plus aliases) takes milliseconds that a row must never pay. A coordinator
// adding a code to a list starts a new generation of look-ups.
import { type CodeLookup, createCodeLookup } from '../../framework/code-lookup.js';
import { COUNTRIES } from '../../framework/countries.js';
import { memoPerCodelist } from '../../framework/index.js';

export const getCodelistLookup: (codelistId: string) => CodeLookup | undefined = memoPerCodelist((list) =>
  createCodeLookup(list, list.id === 'CL_AREA' ? COUNTRIES : []),
);
