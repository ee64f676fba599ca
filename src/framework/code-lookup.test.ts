import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCodeLookup, listCodeTexts } from './code-lookup.js';
import { CL_AREA, CL_SEX } from './codelists/index.js';
import { COUNTRIES } from './countries.js';
import { FRAMEWORK } from './index.js';

const area = createCodeLookup(CL_AREA, COUNTRIES);
const sex = createCodeLookup(CL_SEX);

describe('createCodeLookup', () => {
  it('finds each sex by its national labels, whatever the case, accents or spacing', () => {
    const cases: Record<string, string[]> = {
      F: ['Mujeres', 'Femenino', 'Mulheres', 'Feminino', 'Femmes', 'Female', 'Women', 'MUJERES', ' femmes '],
      M: ['Hombres', 'Varones', 'Masculino', 'Homens', 'Hommes', 'Male', 'Men', 'varon'],
      _T: ['Total', 'Ambos sexos', 'Todos', 'Ensemble', 'AMBOS  SEXOS'],
      _U: ['Ignorado', 'Desconocido', 'No sabe', 'Sin dato', 'Não sabe', 'nao sabe', 'Inconnu', 'Unknown'],
    };
    for (const [id, texts] of Object.entries(cases)) {
      for (const text of texts) assert.equal(sex.find(text)?.id, id, text);
    }
  });

  it('finds a code by its id, case-insensitively', () => {
    assert.equal(sex.find('f')?.id, 'F');
    assert.equal(sex.find('_t')?.id, '_T');
  });

  it('finds countries by ISO2, ISO3, names, official long forms and aliases', () => {
    const cases: [string, string][] = [
      ['AR', 'ARG'],
      ['arg', 'ARG'],
      ['Venezuela (República Bolivariana de)', 'VEN'],
      ['Venezuela (Bolivarian Republic of)', 'VEN'],
      ['VENEZUELA (REP. BOLIVARIANA DE)', 'VEN'],
      ['venezuela rep bolivariana de', 'VEN'],
      ['Bolivia (Estado Plurinacional de)', 'BOL'],
      ['Bolivia (Plurinational State of)', 'BOL'],
      ['Perú', 'PER'],
      ['PERU', 'PER'],
      ['EE.UU.', 'USA'],
      ['Estados Unidos de América', 'USA'],
      ['United States of America', 'USA'],
      ['Haití', 'HTI'],
      ['República Dominicana', 'DOM'],
      ['Brasil', 'BRA'],
      ['Brésil', 'BRA'],
      ['Méjico', 'MEX'],
      ['San Cristóbal y Nieves', 'KNA'],
      ['Saint-Christophe-et-Niévès', 'KNA'],
    ];
    for (const [text, id] of cases) assert.equal(area.find(text)?.id, id, text);
  });

  it('finds the special area codes by their aliases', () => {
    for (const text of [
      'Otros',
      'Otros países',
      'Resto del mundo',
      'Outros',
      'Outros países',
      'Autres',
      'Other',
    ]) {
      assert.equal(area.find(text)?.id, 'OTH', text);
    }
    for (const text of ['Ignorado', 'Desconocido', 'No sabe', 'Sin dato', 'Não sabe', 'Inconnu', 'Unknown']) {
      assert.equal(area.find(text)?.id, '_U', text);
    }
    for (const text of ['Total', 'Ambos sexos', 'Todos', 'Ensemble'])
      assert.equal(area.find(text)?.id, '_T', text);
    assert.equal(area.find('Apátrida')?.id, 'XXA');
  });

  it('finds nothing for an unknown or empty text', () => {
    assert.equal(area.find('Atlantis'), undefined);
    assert.equal(area.find('  '), undefined);
  });

  it('ranks VEN first among the suggestions for the misspelling "Venezuala"', () => {
    const suggestions = area.suggest('Venezuala', 5);
    assert.equal(suggestions[0]?.code.id, 'VEN');
    assert.ok(suggestions.length <= 5);
    assert.ok((suggestions[0]?.score ?? 0) > (suggestions[1]?.score ?? 0));
  });

  it('scores an exact match 1', () => {
    assert.equal(area.suggest('Perú', 1)[0]?.score, 1);
  });

  it('never maps one label or alias to two different codes of the same list', () => {
    for (const list of FRAMEWORK.codelists) {
      const owner = new Map<string, string>();
      for (const code of list.codes) {
        const country = list.id === 'CL_AREA' ? COUNTRIES.find((c) => c.iso3 === code.id) : undefined;
        for (const text of listCodeTexts(code, country)) {
          const previous = owner.get(text);
          assert.ok(
            previous === undefined || previous === code.id,
            `${list.id}: "${text}" → ${previous} and ${code.id}`,
          );
          owner.set(text, code.id);
        }
      }
    }
  });
});
