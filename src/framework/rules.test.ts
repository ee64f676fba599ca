import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getRule, listMessageSlots, RULES } from './rules.js';
import { LANGUAGES } from './types.js';

const REQUIRED = [
  'UNKNOWN_CODE',
  'MISSING_COLUMN',
  'BAD_NUMBER',
  'NEGATIVE_VALUE',
  'MISSING_STATUS',
  'DUPLICATE_KEY',
  'ADDITIVITY',
  'CROSS_TABLE',
  'OUTLIER',
  'INCOMPLETE',
  'FILE_TOO_LARGE',
  'UNREADABLE_FILE',
  'MIRROR',
  'BAD_PERIOD',
  'SERIES_BREAK',
  'ADDITIVITY_MINOR',
  'BAD_STATUS',
  'INCONSISTENT_BREAKDOWNS',
];

describe('validation rules', () => {
  it('defines every rule code of §6 with a message in each of the four languages', () => {
    for (const code of REQUIRED) {
      const rule = getRule(code);
      assert.ok(rule, code);
      for (const lang of LANGUAGES) assert.ok(rule.messages[lang].trim(), `${code}:${lang}`);
    }
  });

  it('uses the same set of {slots} in every language of a message', () => {
    for (const rule of RULES) {
      const slots = listMessageSlots(rule.messages.en);
      for (const lang of LANGUAGES)
        assert.deepEqual(listMessageSlots(rule.messages[lang]), slots, `${rule.code}:${lang}`);
    }
  });

  it('has unique rule codes', () => {
    assert.equal(new Set(RULES.map((r) => r.code)).size, RULES.length);
  });

  it('keeps severities and thresholds of §6 as data', () => {
    assert.equal(getRule('ADDITIVITY')?.severity, 'error');
    assert.equal(getRule('ADDITIVITY_MINOR')?.severity, 'warning');
    assert.equal(getRule('ADDITIVITY_MINOR')?.params?.tolerancePct, 0.5);
    assert.equal(getRule('OUTLIER')?.needsJustification, true);
    assert.equal(getRule('OUTLIER')?.params?.z, 3.5);
    assert.equal(typeof getRule('OUTLIER')?.params?.changePct, 'number');
    assert.equal(getRule('SERIES_BREAK')?.severity, 'warning');
    assert.equal(getRule('MIRROR')?.severity, 'info');
  });

  it('locates row-level problems by their row', () => {
    for (const code of [
      'UNKNOWN_CODE',
      'BAD_NUMBER',
      'NEGATIVE_VALUE',
      'MISSING_STATUS',
      'DUPLICATE_KEY',
      'BAD_PERIOD',
    ]) {
      assert.ok(listMessageSlots(getRule(code)?.messages.en ?? '').includes('row'), code);
    }
  });
});
