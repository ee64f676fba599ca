// FRAMEWORK §6.6: every reported year has the table's required cells — each `requiredTotals`
// dimension at `_T`, for the total and for each sex. A cell that is present but empty with a
// status (L, M, O, Q) counts as present: it says why it is empty.
import { createIssue } from '../issues/issue.js';
import type { ValidationState } from './validation-state.js';

const SEXES = ['_T', 'F', 'M'];

export function checkCompleteness(state: ValidationState): void {
  const { table, codec, observations, log } = state;
  const sexDim = codec.dimensions.indexOf('SEX');
  if (sexDim < 0 && table.requiredTotals.length === 0) return;
  const timeDim = codec.dimensions.indexOf('TIME_PERIOD');
  const required = table.requiredTotals.map((id) => {
    const d = codec.dimensions.indexOf(id);
    return { d, total: codec.totalDigit(d) };
  });
  const sexDigits = sexDim < 0 ? [] : SEXES.map((code) => codec.digitOf(sexDim, code));
  const present = new Map<number, Set<number>>();
  const times = observations.digits[timeDim] as Uint16Array;
  const totals = required.map(({ d, total }) => ({ digits: observations.digits[d] as Uint16Array, total }));
  const sexes = sexDim < 0 ? undefined : (observations.digits[sexDim] as Uint16Array);
  // A million rows come year after year: the year's set is looked up when the year changes.
  let year = -1;
  let sexesOfYear = new Set<number>();
  for (let i = 0; i < observations.size; i++) {
    if (times[i] !== year) {
      year = times[i] as number;
      sexesOfYear = present.get(year) ?? new Set();
      present.set(year, sexesOfYear);
    }
    if (!isTotal(totals, i)) continue;
    sexesOfYear.add(sexes ? (sexes[i] as number) : -1);
  }
  const wanted = sexDim < 0 ? [-1] : sexDigits;
  for (const [year, sexes] of [...present].sort((a, b) => a[0] - b[0])) {
    const missing = wanted.filter((sex) => !sexes.has(sex));
    if (missing.length === 0) continue;
    const totals = table.requiredTotals.map((id) => `${id}=_T`);
    const cells = missing
      .map((sex) => [...totals, ...(sex < 0 ? [] : [`SEX=${codec.codeOf(sexDim, sex)}`])].join(', '))
      .join('; ');
    const issue = createIssue(
      'INCOMPLETE',
      {},
      { table: table.id, year: codec.codeOf(timeDim, year), cells },
    );
    issue.group = 'INCOMPLETE'; // table-wide: one justification for every year
    log.add(issue);
  }
}

/** Whether observation i is at `_T` in each required dimension. */
function isTotal(totals: readonly { digits: Uint16Array; total: number }[], i: number): boolean {
  for (const { digits, total } of totals) if (digits[i] !== total) return false;
  return true;
}
