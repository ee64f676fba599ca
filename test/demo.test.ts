import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
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
import { selectCellHistory } from '../src/store/repositories/cell-history.js';
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
/** The same datasets in the order their editions were published, which is the load order. */
const LOAD_ORDER = [
  'undesa-ims2019-stock',
  'undesa-ims2019-population',
  'undesa-ims2020-stock',
  'undesa-ims2020-population',
  'oecd-imo2023-inflows',
  'unhcr-asylum-applications',
  'ircc-pr-admissions-canada',
];
/** Before UN DESA published IMS2020 (15 January 2021): the public saw IMS2019 only. */
const BEFORE_IMS2020 = '2020-12-31T00:00:00.000Z';

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
    outcome = await loadDemoData(t.store);
  });
  after(async () => t.cleanup());

  const stockTotals = (filters: Record<string, readonly string[]>) =>
    queryPublished(t.store.db, {
      table: STOCK,
      filters: { COUNTRY_OF_BIRTH: ['_T'], AGE: ['_T'], ...filters },
    });

  test('publishes every dataset as one release, in the order its edition was published', async () => {
    assert.deepEqual(outcome, { loaded: LOAD_ORDER, skipped: [] });
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

  test("countries of birth, other countries (OTH) included, add up to their own edition's total", async () => {
    for (const [area, year] of [
      ['ARG', '2019'],
      ['USA', '2010'],
      ['KNA', '1990'],
      ['SUR', '2015'],
      ['CAN', '2000'],
    ] as const) {
      // IMS2019 as it was published: its origins and its own total (IMS2020 revised the total).
      const rows = await queryPublished(t.store.db, {
        table: STOCK,
        filters: { REF_AREA: [area], TIME_PERIOD: [year], SEX: ['_T'], AGE: ['_T'] },
        at: BEFORE_IMS2020,
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
    const argOther = await stockTotals({
      REF_AREA: ['ARG'],
      TIME_PERIOD: ['2019'],
      COUNTRY_OF_BIRTH: ['OTH'],
    });
    assert.ok((argOther[0]?.value ?? 0) > 0, 'the origins the matrix does not itemise are explicit');
    assert.match(argOther[0]?.note ?? '', /Other South/);
    const unknown = await stockTotals({ COUNTRY_OF_BIRTH: ['_U'] });
    assert.deepEqual(unknown, [], "UN DESA's known remainder is never published as unknown (_U)");
  });

  test('the latest GUY, ECU and CHL stock series are IMS2020 for 1990-2020; IMS2019 still answers its own', async () => {
    const datasets = await readDemoDatasets();
    const ims2020 = datasets.find((d) => d.id === 'undesa-ims2020-stock')!;
    const ims2019 = datasets.find((d) => d.id === 'undesa-ims2019-stock')!;
    const totals = (d: DemoDataset, area: string) =>
      d.observations
        .filter((o) => o.key.REF_AREA === area && o.key.COUNTRY_OF_BIRTH === '_T' && o.key.SEX === '_T')
        .map((o) => [o.key.TIME_PERIOD, o.value]);
    for (const area of ['GUY', 'ECU', 'CHL']) {
      const latest = await stockTotals({ REF_AREA: [area], SEX: ['_T'] });
      const expected = [...totals(ims2020, area)];
      // IMS2019's 2019 point stays: IMS2020 does not estimate 2019.
      expected.splice(6, 0, ...totals(ims2019, area).filter(([year]) => year === '2019'));
      assert.deepEqual(
        latest.map((o) => [o.key.TIME_PERIOD, o.value]),
        expected,
        area,
      );
      const then = await queryPublished(t.store.db, {
        table: STOCK,
        filters: { REF_AREA: [area], SEX: ['_T'], COUNTRY_OF_BIRTH: ['_T'], AGE: ['_T'] },
        at: BEFORE_IMS2020,
      });
      assert.deepEqual(
        then.map((o) => [o.key.TIME_PERIOD, o.value]),
        totals(ims2019, area),
        `${area} as IMS2019 published it`,
      );
    }
    // Published facts: UN DESA revised Guyana's 2010 stock from 13,126 (IMS2019) to 8,182 (IMS2020).
    const guy2010 = await stockTotals({ REF_AREA: ['GUY'], SEX: ['_T'], TIME_PERIOD: ['2010'] });
    assert.equal(guy2010[0]?.value, 8182);
  });

  test("IMS2020 revises only the cells it covers: IMS2019's origins stay the latest", async () => {
    const origins = await queryPublished(t.store.db, {
      table: STOCK,
      filters: { REF_AREA: ['USA'], TIME_PERIOD: ['2010'], SEX: ['_T'], AGE: ['_T'] },
    });
    const releases = await t.store.db.selectFrom('releases').select(['id', 'source']).execute();
    const releaseOf = (dataset: string) =>
      releases.find((r) => (JSON.parse(r.source) as { demoDataset?: string }).demoDataset === dataset)!.id;
    const byOrigin = origins.filter((o) => o.key.COUNTRY_OF_BIRTH !== '_T');
    assert.ok(byOrigin.length > 50);
    assert.ok(byOrigin.every((o) => o.releaseId === releaseOf('undesa-ims2019-stock')));
    const total = origins.find((o) => o.key.COUNTRY_OF_BIRTH === '_T');
    assert.equal(total?.releaseId, releaseOf('undesa-ims2020-stock'));
  });

  test("a cell's history runs old edition → new, each traced to the publisher's file, sheet and row", async () => {
    const history = await selectCellHistory(
      t.store.db,
      STOCK,
      {
        REF_AREA: 'GUY',
        COUNTRY_OF_BIRTH: '_T',
        SEX: '_T',
        AGE: '_T',
        TIME_PERIOD: '2010',
      },
      { includeEmbargoed: false },
    );
    assert.deepEqual(
      history.map((h) => [h.value, h.validTo === null]),
      [
        [13126, false],
        [8182, true],
      ],
    );
    assert.match(
      history[0]?.sourceRef ?? '',
      /undesa_pd_2019_migrant_stock_total_dataset\.xlsx, sheet "Table 1", row \d+$/,
    );
    assert.match(
      history[1]?.sourceRef ?? '',
      /undesa_pd_2020_ims_stock_by_sex_and_destination\.xlsx, sheet "Table 1", row 255$/,
    );
    assert.ok(history.every((h) => /^[0-9a-f]{64}$/.test(h.fileSha256 ?? '')));
    const origin = await selectCellHistory(
      t.store.db,
      STOCK,
      {
        REF_AREA: 'ARG',
        COUNTRY_OF_BIRTH: 'OTH',
        SEX: '_T',
        AGE: '_T',
        TIME_PERIOD: '2019',
      },
      { includeEmbargoed: false },
    );
    assert.match(
      origin[0]?.sourceRef ?? '',
      /Table 1", row \d+/,
      'the residual points at the total it is taken from',
    );
    const asylum = await selectCellHistory(
      t.store.db,
      requireTable('MIG_ASYLUM'),
      {
        REF_AREA: 'ARG',
        CITIZENSHIP: 'BOL',
        SEX: '_T',
        ASYLUM_STAGE: 'NEW_APP',
        TIME_PERIOD: '2006',
      },
      { includeEmbargoed: false },
    );
    assert.match(asylum[0]?.sourceRef ?? '', /unhcr_asylum_applications_americas_2000_2025\.csv, line \d+/);
  });

  test('every release names its source series and sortable edition, and the hash of its extract file', async () => {
    const releases = await t.store.db
      .selectFrom('releases')
      .select(['source', 'source_id', 'source_edition', 'file_sha256', 'published_at'])
      .orderBy('id')
      .execute();
    const datasets = await readDemoDatasets();
    for (const r of releases) {
      const dataset = datasets.find(
        (d) => d.id === (JSON.parse(r.source) as { demoDataset?: string }).demoDataset,
      )!;
      assert.equal(r.source_id, dataset.source.id);
      assert.equal(r.source_edition, dataset.source.edition);
      const bytes = await readFile(new URL(`../src/demo/data/${dataset.file}`, import.meta.url));
      assert.equal(r.file_sha256, createHash('sha256').update(bytes).digest('hex'), dataset.id);
      assert.equal(r.published_at.slice(0, 10), dataset.published, `${dataset.id} dated by its edition`);
    }
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
    assert.deepEqual(again, { loaded: [], skipped: LOAD_ORDER });
    assert.equal(await countRows(), before);
    const releases = await t.store.db.selectFrom('releases').select('id').execute();
    assert.equal(releases.length, DATASET_IDS.length);
  });
});

describe(`demo load upgrades a store that holds the old extract (${STORE_KIND})`, () => {
  let t: TestStore;
  before(async () => {
    t = await createTestStore();
    // The extract as it was shipped before: IMS2020 gave 2020 only and named no source edition.
    const datasets = await readDemoDatasets();
    const old = datasets
      .filter((d) => d.table.id === 'MIG_STOCK_FB')
      .map((d) => ({
        id: d.id,
        table: d.table,
        source: { ...d.source, id: undefined, edition: String(d.source.editionTitle) },
        observations:
          d.id === 'undesa-ims2020-stock'
            ? d.observations.filter((o) => o.key.TIME_PERIOD === '2020')
            : d.observations.filter((o) => o.key.TIME_PERIOD !== '2020'),
        published: '2026-01-01',
        fileSha256: `old-${d.id}`,
      }));
    await loadDemoData(t.store, { datasets: old });
  });
  after(async () => t.cleanup());

  test('republishes IMS2020 as a revision of IMS2019, once', async () => {
    const first = await loadDemoData(t.store);
    assert.ok(first.loaded.includes('undesa-ims2019-stock'));
    assert.ok(first.loaded.includes('undesa-ims2020-stock'));
    const guy = await queryPublished(t.store.db, {
      table: STOCK,
      filters: { REF_AREA: ['GUY'], SEX: ['_T'], COUNTRY_OF_BIRTH: ['_T'], AGE: ['_T'] },
    });
    assert.deepEqual(
      guy.map((o) => [o.key.TIME_PERIOD, o.value]),
      [
        ['1990', 4095],
        ['1995', 6352],
        ['2000', 8610],
        ['2005', 10868],
        ['2010', 8182],
        ['2015', 8661],
        ['2019', 15699],
        ['2020', 31169],
      ],
    );
    const unknown = await queryPublished(t.store.db, { table: STOCK, filters: { COUNTRY_OF_BIRTH: ['_U'] } });
    assert.deepEqual(unknown, [], 'the old _U residual is replaced by OTH');
    const again = await loadDemoData(t.store);
    assert.deepEqual(again.loaded, []);
  });
});
