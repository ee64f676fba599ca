import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIMENSIONS } from '../../framework/dimensions.js';
import { createDimensionMapper, type MappedCode } from './map-code.js';
import { createSavedMappings, NO_SAVED_MAPPINGS, parseCodeMapping } from './saved-mappings.js';

const code = (mapped: MappedCode) => (mapped.ok ? mapped.code : mapped);

describe('createDimensionMapper', () => {
  const birth = createDimensionMapper(DIMENSIONS.COUNTRY_OF_BIRTH, NO_SAVED_MAPPINGS);

  it('maps codes, ISO2, labels and aliases in any language, ignoring case, accents and spaces', () => {
    assert.equal(code(birth.map('PER')), 'PER');
    assert.equal(code(birth.map('pe')), 'PER');
    assert.equal(code(birth.map('Perú')), 'PER');
    assert.equal(code(birth.map('  PERU ')), 'PER');
    assert.equal(code(birth.map('Pérou')), 'PER');
    assert.equal(code(birth.map('VENEZUELA (REP. BOLIVARIANA DE)')), 'VEN');
    assert.equal(code(birth.map('Total')), '_T');
    assert.equal(code(createDimensionMapper(DIMENSIONS.SEX, NO_SAVED_MAPPINGS).map('Homens')), 'M');
  });

  it('reads "CODE: label" as SDMX-CSV and the templates write it', () => {
    assert.equal(code(birth.map('VEN: Venezuela')), 'VEN');
    assert.equal(code(birth.map('ECU — Ecuador')), 'ECU');
  });

  it('uses a saved mapping after the framework’s own labels', () => {
    const saved = createSavedMappings([
      { dimension: 'COUNTRY_OF_BIRTH', sourceValue: 'Rep. del Perú (ex)', code: 'PER' },
    ]);
    const mapper = createDimensionMapper(DIMENSIONS.COUNTRY_OF_BIRTH, saved);
    assert.equal(code(mapper.map('rep del peru ex')), 'PER');
  });

  it('suggests the closest codes for an unknown label', () => {
    const mapped = birth.map('Venezuala');
    assert.equal(mapped.ok, false);
    assert.ok(!mapped.ok && mapped.kind === 'unknown' && mapped.suggestions[0] === 'VEN');
  });

  it('never maps a derived aggregate, which is computed and not reported', () => {
    assert.equal(createDimensionMapper(DIMENSIONS.AGE, NO_SAVED_MAPPINGS).map('Y15T64').ok, false);
  });

  it('reads years as text or numbers and refuses anything else', () => {
    const time = createDimensionMapper(DIMENSIONS.TIME_PERIOD, NO_SAVED_MAPPINGS);
    assert.equal(code(time.map('2020')), '2020');
    assert.equal(code(time.map(2021)), '2021');
    assert.deepEqual(time.map('2020-21'), { ok: false, kind: 'period' });
    assert.deepEqual(time.map(''), { ok: false, kind: 'empty' });
  });
});

describe('parseCodeMapping', () => {
  it('parses DIM:text=CODE', () => {
    assert.deepEqual(parseCodeMapping('COUNTRY_OF_BIRTH:Rep. del Perú=PER'), {
      dimension: 'COUNTRY_OF_BIRTH',
      sourceValue: 'Rep. del Perú',
      code: 'PER',
    });
    assert.equal(parseCodeMapping('nonsense'), undefined);
  });
});
