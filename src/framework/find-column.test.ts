import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findColumnByHeader, findDimensionByHeader, listTableColumns } from './find-column.js';
import { getTable } from './index.js';
import { normalizeLabel } from './normalize-label.js';
import { TABLES } from './tables.js';

describe('findDimensionByHeader', () => {
  it('recognises headers by id, name in four languages or alias', () => {
    const stock = getTable('MIG_STOCK_FB');
    assert.ok(stock);
    const cases: [string, string][] = [
      ['País de nacimiento', 'COUNTRY_OF_BIRTH'],
      ['Pays de naissance', 'COUNTRY_OF_BIRTH'],
      ['País de nascimento', 'COUNTRY_OF_BIRTH'],
      ['Country of birth', 'COUNTRY_OF_BIRTH'],
      ['SEXO', 'SEX'],
      ['Sexe', 'SEX'],
      ['Año', 'TIME_PERIOD'],
      ['Ano', 'TIME_PERIOD'],
      ['Année', 'TIME_PERIOD'],
      ['Período', 'TIME_PERIOD'],
      ['Edad', 'AGE'],
      ['Idade', 'AGE'],
      ['Âge', 'AGE'],
      ['País', 'REF_AREA'],
      ['Reporting country', 'REF_AREA'],
      ['ref_area', 'REF_AREA'],
    ];
    for (const [header, id] of cases) assert.equal(findDimensionByHeader(stock, header)?.id, id, header);
  });

  it('recognises citizenship and category headers in a flow table', () => {
    const inflow = getTable('MIG_INFLOW_PERM');
    assert.ok(inflow);
    for (const h of ['País de nacionalidade', 'Nacionalidad', 'Ciudadanía', 'Citizenship', 'Nationalité']) {
      assert.equal(findDimensionByHeader(inflow, h)?.id, 'CITIZENSHIP', h);
    }
    for (const h of ['Categoria', 'Categoría', 'Catégorie'])
      assert.equal(findDimensionByHeader(inflow, h)?.id, 'MIG_CATEGORY', h);
  });

  it('recognises the value and attribute columns but not as dimensions', () => {
    const table = getTable('LAB_STATUS');
    assert.ok(table);
    for (const h of ['Valor', 'Valeur', 'Value', 'OBS_VALUE'])
      assert.equal(findColumnByHeader(table, h)?.def.id, 'OBS_VALUE', h);
    assert.equal(findColumnByHeader(table, 'Estado')?.def.id, 'OBS_STATUS');
    assert.equal(findColumnByHeader(table, 'Observaciones')?.def.id, 'OBS_NOTE');
    assert.equal(findColumnByHeader(table, 'CV')?.def.id, 'CV');
    assert.equal(findDimensionByHeader(table, 'Valor'), undefined);
  });

  it('never lets one header name two columns of the same table', () => {
    for (const table of TABLES) {
      const owner = new Map<string, string>();
      for (const { def } of listTableColumns(table)) {
        for (const text of [def.id, ...Object.values(def.names), ...(def.aliases ?? [])].map(
          normalizeLabel,
        )) {
          const previous = owner.get(text);
          assert.ok(
            previous === undefined || previous === def.id,
            `${table.id}: "${text}" → ${previous} and ${def.id}`,
          );
          owner.set(text, def.id);
        }
      }
    }
  });
});
