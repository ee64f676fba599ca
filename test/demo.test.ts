import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DemoDataset } from '../src/demo/demo-dataset.js';
import { loadDemoData } from '../src/demo/load-demo.js';
import { readDemoDatasets } from '../src/demo/read-demo-data.js';
import {
  CL_OBS_STATUS,
  getCodelist,
  getTable,
  MISSING_STATUSES,
  type TableDef,
} from '../src/framework/index.js';
import { queryPublished } from '../src/store/repositories/observations.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

// Published facts, read off the source tables (see src/demo/README.md).
const PUBLISHED = {
  /** UN DESA, International Migrant Stock 2019, UN_MigrantStockTotal_2019.xlsx Table 1, 2019 both sexes. */
  foreignBorn2019: { ARG: 2_212_879, USA: 50_661_149, CAN: 7_960_657 },
  /** Same table, 2019 female and male, Argentina. */
  argentina2019BySex: { F: 1_194_306, M: 1_018_573 },
  /** UN DESA, International Migrant Stock 2020, Table 1, 2020 both sexes. */
  foreignBorn2020: { ARG: 2_281_728 },
  /** UN DESA, International Migrant Stock 2019, Table 2: 44,780.677 thousand. */
  argentinaPopulation2019: 44_780_677,
  /** UNHCR asylum applications (refugees 2025.12.1), Canada 2023, application type N, persons. */
  canadaNewAsylumApplications2023: 146_739,
  /** OECD International Migration Outlook 2023, Table A.1, United States 2019: 1,031.765 thousand. */
  usaInflows2019: 1_031_765,
};

const DATASET_IDS = [
  'undesa-ims2019-stock',
  'undesa-ims2020-stock',
  'undesa-ims2019-population',
  'undesa-ims2020-population',
  'unhcr-asylum-applications',
  'ircc-pr-admissions-canada',
  'oecd-imo2023-inflows',
];

function requireTable(id: string): TableDef {
  const table = getTable(id);
  assert.ok(table, `table ${id}`);
  return table;
}

const STOCK = requireTable('MIG_STOCK_FB');

describe('demo datasets as shipped', () => {
  let datasets: DemoDataset[];
  before(async () => {
    datasets = await readDemoDatasets();
  });

  test('reads every dataset with its table, a cited source and observations', () => {
    assert.deepEqual(
      datasets.map((d) => d.id),
      DATASET_IDS,
    );
    for (const d of datasets) {
      assert.ok(d.observations.length > 0, d.id);
      assert.ok(d.source.publisher && d.source.edition && d.source.table, `${d.id} cites its source`);
      assert.equal(d.source.demoDataset, d.id);
      assert.ok(d.observations.every((o) => o.table === d.table.id));
    }
  });

  test("uses only codes of each dimension's code list, and statuses of CL_OBS_STATUS", () => {
    const statuses = new Set(CL_OBS_STATUS.codes.map((c) => c.id));
    for (const d of datasets) {
      const codes = new Map(
        d.table.dimensions.map((dim) => [dim.id, new Set(getCodelist(dim.codelist)?.codes.map((c) => c.id))]),
      );
      for (const o of d.observations) {
        assert.deepEqual(Object.keys(o.key).sort(), d.table.dimensions.map((dim) => dim.id).sort());
        for (const dim of d.table.dimensions) {
          const code = o.key[dim.id] ?? '';
          if (dim.kind === 'time') assert.match(code, /^\d{4}$/, `${d.id} ${dim.id}`);
          else assert.ok(codes.get(dim.id)?.has(code), `${d.id}: ${dim.id} "${code}" in ${dim.codelist}`);
        }
        assert.ok(statuses.has(o.status), `${d.id}: status ${o.status}`);
      }
    }
  });

  test('an empty value always says why it is empty, and other values are whole persons', () => {
    for (const d of datasets) {
      for (const o of d.observations) {
        if (o.value === null) assert.ok(MISSING_STATUSES.has(o.status), `${d.id} ${JSON.stringify(o.key)}`);
        else assert.ok(Number.isInteger(o.value) && o.value >= 0, `${d.id} ${JSON.stringify(o.key)}`);
      }
    }
  });

  test('ships the published Argentina 2019 total', () => {
    const stock = datasets.find((d) => d.id === 'undesa-ims2019-stock')!;
    const total = stock.observations.find(
      (o) =>
        o.key.REF_AREA === 'ARG' &&
        o.key.TIME_PERIOD === '2019' &&
        o.key.COUNTRY_OF_BIRTH === '_T' &&
        o.key.SEX === '_T',
    );
    assert.equal(total?.value, PUBLISHED.foreignBorn2019.ARG);
  });
});

describe(`demo loaded into a fresh store (${STORE_KIND})`, () => {
  let t: TestStore;
  let outcome: { loaded: string[]; skipped: string[] };
  before(async () => {
    t = await createTestStore();
    outcome = await loadDemoData(t.store, { publishedAt: '2026-01-01T00:00:00.000Z' });
  });
  after(async () => t.cleanup());

  const stockTotals = (filters: Record<string, readonly string[]>) =>
    queryPublished(t.store.db, {
      table: STOCK,
      filters: { COUNTRY_OF_BIRTH: ['_T'], AGE: ['_T'], ...filters },
    });

  test('publishes every dataset as one release', async () => {
    assert.deepEqual(outcome, { loaded: DATASET_IDS, skipped: [] });
    const releases = await t.store.db.selectFrom('releases').select('id').execute();
    assert.equal(releases.length, DATASET_IDS.length);
  });

  test('reads back the published 2019 foreign-born totals of Argentina, the United States and Canada', async () => {
    const rows = await stockTotals({ SEX: ['_T'], TIME_PERIOD: ['2019'], REF_AREA: ['ARG', 'USA', 'CAN'] });
    assert.deepEqual(
      Object.fromEntries(rows.map((o) => [o.key.REF_AREA, o.value])),
      PUBLISHED.foreignBorn2019,
    );
    const arg2020 = await stockTotals({ SEX: ['_T'], TIME_PERIOD: ['2020'], REF_AREA: ['ARG'] });
    assert.equal(arg2020[0]?.value, PUBLISHED.foreignBorn2020.ARG);
  });

  test('women plus men equal the total for every country and year', async () => {
    const rows = await stockTotals({});
    const byCell = new Map<string, Record<string, number | null>>();
    for (const o of rows) {
      const cell = `${o.key.REF_AREA} ${o.key.TIME_PERIOD}`;
      byCell.set(cell, { ...byCell.get(cell), [o.key.SEX ?? '']: o.value });
    }
    assert.equal(byCell.size, 35 * 8);
    for (const [cell, sexes] of byCell) assert.equal((sexes.F ?? 0) + (sexes.M ?? 0), sexes._T, cell);
    assert.deepEqual(
      { F: byCell.get('ARG 2019')?.F, M: byCell.get('ARG 2019')?.M },
      PUBLISHED.argentina2019BySex,
    );
  });

  test('countries of birth, unknown origin included, add up to the total', async () => {
    for (const [area, year] of [
      ['ARG', '2019'],
      ['USA', '2010'],
      ['KNA', '1990'],
      ['SUR', '2015'],
      ['CAN', '2000'],
    ] as const) {
      const rows = await queryPublished(t.store.db, {
        table: STOCK,
        filters: { REF_AREA: [area], TIME_PERIOD: [year], SEX: ['_T'], AGE: ['_T'] },
      });
      const total = rows.find((o) => o.key.COUNTRY_OF_BIRTH === '_T')?.value;
      const parts = rows.filter((o) => o.key.COUNTRY_OF_BIRTH !== '_T');
      assert.ok(parts.length > 3, `${area} ${year} has origins`);
      assert.equal(
        parts.reduce((sum, o) => sum + (o.value ?? 0), 0),
        total,
        `${area} ${year}`,
      );
    }
    const argUnknown = await stockTotals({
      REF_AREA: ['ARG'],
      TIME_PERIOD: ['2019'],
      COUNTRY_OF_BIRTH: ['_U'],
    });
    assert.ok((argUnknown[0]?.value ?? 0) > 0, 'the origins the matrix leaves out are explicit');
  });

  test('reads back population, asylum and inflow figures as published', async () => {
    const pop = await queryPublished(t.store.db, {
      table: requireTable('POP_CONTEXT'),
      filters: { REF_AREA: ['ARG'], TIME_PERIOD: ['2019'], COMPONENT: ['POP'] },
    });
    assert.equal(pop[0]?.value, PUBLISHED.argentinaPopulation2019);
    const asylum = await queryPublished(t.store.db, {
      table: requireTable('MIG_ASYLUM'),
      filters: { REF_AREA: ['CAN'], TIME_PERIOD: ['2023'], CITIZENSHIP: ['_T'], ASYLUM_STAGE: ['NEW_APP'] },
    });
    assert.equal(asylum[0]?.value, PUBLISHED.canadaNewAsylumApplications2023);
    const inflows = await queryPublished(t.store.db, {
      table: requireTable('MIG_INFLOW_PERM'),
      filters: { REF_AREA: ['USA'], TIME_PERIOD: ['2019'], CITIZENSHIP: ['_T'] },
    });
    assert.equal(inflows[0]?.value, PUBLISHED.usaInflows2019);
  });

  test('keeps both Canadian inflow series: IRCC by citizenship from 2015, OECD totals before', async () => {
    const canada = await queryPublished(t.store.db, {
      table: requireTable('MIG_INFLOW_PERM'),
      filters: { REF_AREA: ['CAN'], CITIZENSHIP: ['_T'] },
    });
    assert.deepEqual(
      canada.map((o) => o.key.TIME_PERIOD),
      [
        '2011',
        '2012',
        '2013',
        '2014',
        '2015',
        '2016',
        '2017',
        '2018',
        '2019',
        '2020',
        '2021',
        '2022',
        '2023',
        '2024',
        '2025',
      ],
    );
  });

  test('every release carries a source with its publisher and demo dataset', async () => {
    const releases = await t.store.db.selectFrom('releases').select(['table_id', 'source']).execute();
    for (const r of releases) {
      const source = JSON.parse(r.source) as { publisher?: string; edition?: string; demoDataset?: string };
      assert.ok(source.publisher, `${r.table_id} release names its publisher`);
      assert.ok(source.edition, `${r.table_id} release names its edition`);
      assert.ok(DATASET_IDS.includes(source.demoDataset ?? ''), `${r.table_id} release names its dataset`);
    }
  });

  test('a second load skips every dataset and publishes nothing', async () => {
    const countRows = async () =>
      Number(
        (
          await t.store.db
            .selectFrom('observations')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await countRows();
    const again = await loadDemoData(t.store);
    assert.deepEqual(again, { loaded: [], skipped: DATASET_IDS });
    assert.equal(await countRows(), before);
    const releases = await t.store.db.selectFrom('releases').select('id').execute();
    assert.equal(releases.length, DATASET_IDS.length);
  });
});
