import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { median } from './median.js';

describe('median', () => {
  it('agrees with sorting, for odd and even lengths, duplicates and negatives', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 60 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const middle = sorted.length >> 1;
        const expected =
          sorted.length % 2
            ? sorted[middle]
            : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
        assert.equal(median(values), expected);
      }),
      { numRuns: 500 },
    );
  });
});
