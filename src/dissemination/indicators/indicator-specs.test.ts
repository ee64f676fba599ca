import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formulaOf, getTable, INDICATOR_FORMULAS, INDICATORS } from '../../framework/index.js';
import { INDICATOR_SPECS } from './indicator-specs.js';

describe('indicator specs (FRAMEWORK §7)', () => {
  test('every framework indicator has exactly one spec, reading real tables', () => {
    assert.deepEqual(INDICATOR_SPECS.map((s) => s.id).sort(), INDICATORS.map((i) => i.id).sort());
    for (const spec of INDICATOR_SPECS) {
      for (const read of spec.reads) assert.ok(getTable(read.table), `${spec.id} reads ${read.table}`);
    }
  });

  test("one formula per indicator: every spec runs the framework's own", () => {
    assert.deepEqual(Object.keys(INDICATOR_FORMULAS).sort(), INDICATORS.map((i) => i.id).sort());
    for (const spec of INDICATOR_SPECS) assert.equal(spec.formula, formulaOf(spec.id), spec.id);
  });
});
