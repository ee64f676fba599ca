import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeLabel } from './normalize-label.js';

describe('normalizeLabel', () => {
  it('makes labels that differ only in case, accents, spaces and punctuation equal', () => {
    assert.equal(
      normalizeLabel('VENEZUELA (REP. BOLIVARIANA DE)'),
      normalizeLabel('venezuela rep bolivariana de'),
    );
    assert.equal(normalizeLabel('  Perú '), 'peru');
    assert.equal(normalizeLabel('Não  sabe'), 'nao sabe');
    assert.equal(normalizeLabel('Trinidad & Tobago'), 'trinidad and tobago');
    assert.equal(normalizeLabel('Guinea-Bissau'), 'guinea bissau');
  });

  it('keeps underscores, so _U stays distinct from U', () => {
    assert.notEqual(normalizeLabel('_U'), normalizeLabel('U'));
  });
});
