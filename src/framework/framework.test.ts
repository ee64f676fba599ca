import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CL_SOURCE_TYPE } from './codelists/index.js';
import { computeFrameworkChecksum, FRAMEWORK, getCodelist, getTable } from './index.js';
import { LANGUAGES } from './types.js';

const TABLE_IDS = [
  'MIG_INFLOW_PERM',
  'MIG_INFLOW_TEMP',
  'MIG_REGULARISATION',
  'MIG_ASYLUM',
  'MIG_STOCK_FB',
  'MIG_STOCK_FN',
  'MIG_NATURALISATION',
  'MIG_EMIGRATION',
  'LAB_STATUS',
  'LAB_ACTIVITY',
  'LAB_OCCUPATION',
  'LAB_WORK_PERMITS',
  'MIG_RETURN',
  'ECO_REMITTANCES',
  'POP_CONTEXT',
];

describe('framework tables', () => {
  it('has exactly the 15 tables of §3, in order', () => {
    assert.deepEqual(
      FRAMEWORK.tables.map((t) => t.id),
      TABLE_IDS,
    );
  });

  it('resolves every dimension of every table to a code list, except TIME_PERIOD', () => {
    for (const table of FRAMEWORK.tables) {
      for (const dim of table.dimensions) {
        if (dim.id === 'TIME_PERIOD') {
          assert.equal(dim.kind, 'time');
          assert.equal(dim.format, 'YYYY');
          continue;
        }
        assert.ok(getCodelist(dim.codelist), `${table.id}.${dim.id} → ${dim.codelist}`);
      }
    }
  });

  it('puts REF_AREA first and TIME_PERIOD last in every key', () => {
    for (const table of FRAMEWORK.tables) {
      assert.equal(table.dimensions[0]?.id, 'REF_AREA', table.id);
      assert.equal(table.dimensions.at(-1)?.id, 'TIME_PERIOD', table.id);
    }
  });

  it('marks hasTotal exactly on the breakdowns whose code list has _T', () => {
    for (const table of FRAMEWORK.tables) {
      for (const dim of table.dimensions.slice(1, -1)) {
        const hasT = getCodelist(dim.codelist)?.codes.some((c) => c.id === '_T') ?? false;
        const expected = hasT && !['STAGE', 'ASYLUM_STAGE', 'FLOW', 'COMPONENT'].includes(dim.id);
        assert.equal(dim.hasTotal, expected, `${table.id}.${dim.id}`);
      }
    }
  });

  it('reports survey tables in thousands and remittances in USD millions', () => {
    for (const id of ['LAB_STATUS', 'LAB_ACTIVITY', 'LAB_OCCUPATION']) {
      assert.equal(getTable(id)?.unitMultiplier, 3);
      assert.equal(getTable(id)?.survey, true);
      assert.ok(getTable(id)?.attributes.includes('CV'));
    }
    assert.equal(getTable('LAB_WORK_PERMITS')?.survey, false);
    assert.deepEqual(
      [getTable('ECO_REMITTANCES')?.unit, getTable('ECO_REMITTANCES')?.unitMultiplier],
      ['USD_M', 6],
    );
    assert.equal(getTable('MIG_INFLOW_PERM')?.unitMultiplier, 0);
  });

  it('names typical sources, wide dimensions and required totals that exist', () => {
    const sources = new Set(CL_SOURCE_TYPE.codes.map((c) => c.id));
    for (const table of FRAMEWORK.tables) {
      const dims = table.dimensions.map((d) => d.id);
      assert.ok(
        table.typicalSources.every((s) => sources.has(s)),
        table.id,
      );
      assert.ok(dims.includes(table.wideDimension), table.id);
      assert.ok(
        table.requiredTotals.every((d) => dims.includes(d)),
        table.id,
      );
    }
  });

  it('gives every table, code list, rule and indicator a non-empty text in all four languages', () => {
    const texts = [
      ...FRAMEWORK.tables.flatMap((t) => [t.names, t.descriptions]),
      ...FRAMEWORK.codelists.map((c) => c.names),
      ...FRAMEWORK.rules.flatMap((r) => [r.messages, r.descriptions]),
      ...FRAMEWORK.indicators.flatMap((i) => [i.names, i.formula]),
      ...FRAMEWORK.groupings.map((g) => g.names),
      ...FRAMEWORK.attributes.map((a) => a.names),
    ];
    for (const t of texts) for (const lang of LANGUAGES) assert.ok(t[lang]?.trim(), JSON.stringify(t));
  });
});

describe('framework code lists', () => {
  it('gives every code of every code list four non-empty labels', () => {
    for (const list of FRAMEWORK.codelists) {
      for (const code of list.codes) {
        for (const lang of LANGUAGES) assert.ok(code.labels[lang]?.trim(), `${list.id}:${code.id}:${lang}`);
      }
    }
  });

  it('has no duplicate code ids within a code list', () => {
    for (const list of FRAMEWORK.codelists) {
      const ids = list.codes.map((c) => c.id);
      assert.equal(new Set(ids).size, ids.length, list.id);
    }
  });

  it('covers all ISO 3166 countries plus XXA, OTH, _U and _T in CL_AREA', () => {
    const area = getCodelist('CL_AREA');
    assert.ok(area && area.codes.length >= 249 + 4);
    for (const id of ['XXA', 'OTH', '_U', '_T', 'VEN', 'ZAF', 'JPN'])
      assert.ok(
        area.codes.some((c) => c.id === id),
        id,
      );
  });

  it('marks AGE Y15T64 and Y_GE15 as derived, and only them', () => {
    const derived = getCodelist('CL_AGE')
      ?.codes.filter((c) => c.derived)
      .map((c) => c.id);
    assert.deepEqual(derived, ['Y15T64', 'Y_GE15']);
  });

  it('lists ISIC sections A to U and ISCO major groups OC0 to OC9', () => {
    const isic = getCodelist('CL_ACTIVITY')?.codes.map((c) => c.id) ?? [];
    assert.deepEqual(isic.slice(0, 21), [...'ABCDEFGHIJKLMNOPQRSTU']);
    const isco = getCodelist('CL_OCCUPATION')?.codes.map((c) => c.id) ?? [];
    assert.deepEqual(isco.slice(0, 10), [
      'OC0',
      'OC1',
      'OC2',
      'OC3',
      'OC4',
      'OC5',
      'OC6',
      'OC7',
      'OC8',
      'OC9',
    ]);
  });

  it('lets coordinators extend the regularisation programme list', () => {
    assert.equal(getCodelist('CL_REG_PROGRAMME')?.extensible, true);
  });
});

describe('framework indicators and version', () => {
  it('defines the §7 indicators with the exact ids, reading existing tables', () => {
    assert.deepEqual(
      FRAMEWORK.indicators.map((i) => i.id),
      [
        'INFLOW_RATE',
        'CATEGORY_SHARE',
        'CHANGE_PCT',
        'FB_SHARE',
        'NATURALISATION_RATE',
        'RECOGNITION_RATE',
        'PARTICIPATION_RATE',
        'EMPLOYMENT_RATE',
        'UNEMPLOYMENT_RATE',
        'GAP_PARTICIPATION_RATE',
        'GAP_EMPLOYMENT_RATE',
        'GAP_UNEMPLOYMENT_RATE',
        'MIGRANT_SHARE_EMP',
        'SECTOR_REPRESENTATION',
        'OVERQUALIFICATION',
        'EMIGRATION_RATE',
        'REMITTANCES_GDP',
      ],
    );
    for (const ind of FRAMEWORK.indicators)
      for (const t of ind.inputs) assert.ok(getTable(t), `${ind.id} → ${t}`);
  });

  it('computes a stable sha256 checksum that changes with the content', () => {
    const sum = computeFrameworkChecksum();
    assert.match(sum, /^[0-9a-f]{64}$/);
    assert.equal(computeFrameworkChecksum(structuredClone(FRAMEWORK)), sum);
    assert.notEqual(computeFrameworkChecksum({ ...FRAMEWORK, version: 'other' }), sum);
  });
});
