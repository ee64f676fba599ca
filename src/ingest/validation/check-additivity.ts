// FRAMEWORK §6.2: for each dimension having a total `_T`, its other codes — unknown `_U`
// included — add up to the total. The tolerance is the declared rounding base × the number of
// parts, else 0.5 % of the total (the rule's param); a gap within it is a warning (probably
// rounding), beyond it an error at the total's row. A group with an empty part (suppressed,
// not collected) cannot be checked and is left alone.
import { getRule } from '../../framework/rules.js';
import { createIssue } from '../issues/issue.js';
import { locate, type ValidationState } from './validation-state.js';

const EXACT = 1e-9;

export function checkAdditivity(state: ValidationState): void {
  const { table, codec, observations, context, log } = state;
  const tolerancePct = Number(getRule('ADDITIVITY')?.params?.tolerancePct ?? 0.5);
  const n = observations.size;
  const sums = new Float64Array(n);
  const parts = new Int32Array(n);
  const blocked = new Uint8Array(n);
  codec.dimensions.forEach((id, d) => {
    const total = codec.totalDigit(d);
    if (total < 0 || !table.dimensions[d]?.hasTotal) return;
    sums.fill(0);
    parts.fill(0);
    blocked.fill(0);
    const digits = observations.digits[d] as Uint16Array;
    const step = codec.weight(d);
    const { keys, values } = observations;
    // Files list the parts of a total one after the other (the ages of one sex and year): the
    // total found for the previous part is often this one's too, without a hash look-up.
    let lastTotalKey = Number.NaN;
    let lastTotal: number | undefined;
    // And files are regular: a total is often as many rows from its part, per digit between
    // them, as the previous one was. A guess checked against the keys (each key is held once)
    // is a read of memory close by, where the index's look-up is a hash and a probe far away.
    let rowsPerDigit = 0;
    for (let i = 0; i < n; i++) {
      const digit = digits[i] as number;
      if (digit === total) continue;
      const totalKey = (keys[i] as number) + (total - digit) * step;
      if (totalKey !== lastTotalKey) {
        lastTotalKey = totalKey;
        const guess = i + (total - digit) * rowsPerDigit;
        if (guess >= 0 && guess < n && keys[guess] === totalKey) lastTotal = guess;
        else {
          lastTotal = observations.find(totalKey);
          const rows = lastTotal === undefined ? 0 : (lastTotal - i) / (total - digit);
          if (Number.isInteger(rows)) rowsPerDigit = rows;
        }
      }
      const j = lastTotal;
      if (j === undefined) continue;
      const value = values[i] as number;
      if (Number.isNaN(value)) blocked[j] = 1;
      else {
        sums[j] = (sums[j] as number) + value;
        parts[j] = (parts[j] as number) + 1;
      }
    }
    for (let j = 0; j < n; j++) {
      const totalValue = values[j] as number;
      if (parts[j] === 0 || blocked[j] || Number.isNaN(totalValue)) continue;
      const sum = sums[j] as number;
      const gap = Math.abs(sum - totalValue);
      if (gap <= EXACT * Math.max(1, Math.abs(totalValue))) continue;
      const tolerance = context.rounding
        ? context.rounding * (parts[j] as number)
        : (Math.abs(totalValue) * tolerancePct) / 100;
      const code = gap > tolerance ? 'ADDITIVITY' : 'ADDITIVITY_MINOR';
      const params = { dimension: id, sum: round(sum), total: totalValue, tolerance: round(tolerance) };
      const issue = createIssue(code, locate(state, j), params, totalValue);
      // Rounding is one fact for the whole file: one justification per dimension.
      if (code === 'ADDITIVITY_MINOR') issue.group = `ADDITIVITY_MINOR:${id}`;
      log.add(issue);
    }
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
