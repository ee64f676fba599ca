import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryForms } from './country-grammar.js';
import { formatCount, formatPercent, formatSignedPercent, selectPlural } from './locale-format.js';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

test('writes 2,212,879 the way each language does', () => {
  assert.equal(formatCount('en', 2_212_879), '2,212,879');
  assert.equal(formatCount('es', 2_212_879), '2.212.879');
  assert.equal(plain(formatCount('fr', 2_212_879)), '2 212 879');
  assert.equal(formatCount('pt', 2_212_879), '2.212.879');
  assert.equal(formatCount('es', 5_000), '5.000', 'Spanish groups four digits in tables too');
});

test('writes percentages and signed changes per language', () => {
  assert.equal(formatPercent('en', 4.94), '4.9%');
  assert.equal(plain(formatPercent('fr', 4.94)), '4,9 %');
  assert.equal(plain(formatSignedPercent('es', 3.14)), '+3,1 %');
});

test('1.0 percentage points is plural in English, singular in French', () => {
  assert.equal(selectPlural('en', 1, 1), 'other');
  assert.equal(selectPlural('fr', 1, 1), 'one');
  assert.equal(selectPlural('en', 1), 'one');
});

test('puts the article and preposition each language needs before a country', () => {
  assert.deepEqual(countryForms('USA', 'en'), { in: 'in the United States', of: 'of the United States' });
  assert.deepEqual(countryForms('CAN', 'fr'), { in: 'au Canada', of: 'du Canada' });
  assert.deepEqual(countryForms('ARG', 'fr'), { in: 'en Argentine', of: 'de l’Argentine' });
  assert.deepEqual(countryForms('USA', 'fr'), { in: 'aux États-Unis', of: 'des États-Unis' });
  assert.deepEqual(countryForms('BRA', 'pt'), { in: 'no Brasil', of: 'do Brasil' });
  assert.deepEqual(countryForms('ARG', 'pt'), { in: 'na Argentina', of: 'da Argentina' });
  assert.deepEqual(countryForms('MEX', 'es'), { in: 'en México', of: 'de México' });
});
