import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideDecimal } from './decide-decimal.js';
import { parseNumber } from './parse-number.js';

describe('parseNumber', () => {
  it('reads a decimal point file', () => {
    assert.equal(parseNumber('1234', '.'), 1234);
    assert.equal(parseNumber('1,234.5', '.'), 1234.5);
    assert.equal(parseNumber('1,234', '.'), 1234);
    assert.equal(parseNumber('12.5', '.'), 12.5);
    assert.equal(parseNumber('1 234', '.'), 1234);
    assert.equal(parseNumber('1e3', '.'), 1000);
    assert.equal(parseNumber(42, '.'), 42);
  });

  it('reads a decimal comma file', () => {
    assert.equal(parseNumber('12,5', ','), 12.5);
    assert.equal(parseNumber('1.234,5', ','), 1234.5);
    assert.equal(parseNumber('1.234', ','), 1234);
    assert.equal(parseNumber('1\u00a0234,75', ','), 1234.75);
  });

  it('reads negatives written with a minus sign or parentheses', () => {
    assert.equal(parseNumber('-4', '.'), -4);
    assert.equal(parseNumber('\u22124', '.'), -4);
    assert.equal(parseNumber('(12)', '.'), -12);
  });

  it('refuses what is not a number, and a mark that contradicts the file, instead of guessing', () => {
    for (const text of ['abc', '12a', '..', '-', '1.2.3', 'x', '#N/A'])
      assert.equal(parseNumber(text, '.'), undefined, text);
    assert.equal(parseNumber('12,5', '.'), undefined);
    assert.equal(parseNumber('12.5', ','), undefined);
  });
});

describe('decideDecimal', () => {
  it('decides from values only one reading explains', () => {
    assert.deepEqual(decideDecimal(['12,5', '3', '1.234,75']), { decimal: ',', basis: 'values' });
    assert.deepEqual(decideDecimal(['12.5', '1,234.5', '7']), { decimal: '.', basis: 'values' });
  });

  it('falls back on the delimiter, then on the decimal point', () => {
    assert.deepEqual(decideDecimal(['1.250', '820'], ';'), { decimal: ',', basis: 'delimiter' });
    assert.deepEqual(decideDecimal(['1,250', '820'], ','), { decimal: '.', basis: 'default' });
  });
});
