// A mapping someone confirms must point at a reportable code of the dimension's code list:
// a typo in `--map SEX:Varones=MM` is refused before it is saved and reused for years.
import { DIMENSIONS } from '../../framework/dimensions.js';
import { getCodelist } from '../../framework/index.js';
import type { CodeMapping } from './saved-mappings.js';

/** Why the mapping cannot be saved, or undefined when it can. */
export function validateCodeMapping(mapping: CodeMapping): string | undefined {
  const dimension = DIMENSIONS[mapping.dimension as keyof typeof DIMENSIONS];
  if (!dimension || dimension.kind === 'time') return `no coded dimension ${mapping.dimension}`;
  const code = getCodelist(dimension.codelist)?.codes.find((c) => c.id === mapping.code);
  if (!code || code.derived) return `${mapping.code} is not a reportable code of ${dimension.codelist}`;
  return undefined;
}
