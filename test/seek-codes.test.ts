// Reads that leave a leading breakdown free are bound to the codes it holds (seek-codes.ts) so
// the store seeks instead of scanning: the answer must be exactly the unbound read's, protected
// cells included, and a code that arrives with a new release must be read at once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { readDisseminated } from '../src/dissemination/read-disseminated.js';
import { withSeekCodes } from '../src/dissemination/seek-codes.js';
import { PUBLIC_VIEWER } from '../src/dissemination/viewer.js';
import { getTable } from '../src/framework/index.js';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { selectPublished } from '../src/store/repositories/observations.js';
import {
  CONFIDENTIAL_VALUE,
  loadSyntheticFixture,
  publishSynthetic,
  SECONDARY_VALUES,
  STOCK,
  showsFigure,
  stockCells,
} from './sdmx-synthetic.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

describe(`reads bound to the codes present on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadSyntheticFixture(t.store);
    app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
  });
  after(async () => {
    await app.close();
    await t.cleanup();
  });

  const women = (countries: string[]) => ({
    table: STOCK,
    filters: { REF_AREA: countries, SEX: ['F'], AGE: ['_T'] },
  });

  test('a free COUNTRY_OF_BIRTH is bound to its codes, and the rows are the unbound read’s', async () => {
    const bound = await withSeekCodes(t.store.db, women(['CHL', 'ARG']));
    const codes = bound.filters?.COUNTRY_OF_BIRTH ?? [];
    assert.ok(codes.includes('_T') && codes.includes('HTI'), `bound to ${codes.join(',')}`);
    assert.deepEqual(
      await selectPublished(t.store.db, bound),
      await selectPublished(t.store.db, women(['CHL', 'ARG'])),
    );
    // Nothing to bind: no country named, or no filtered breakdown after a free one.
    const all = { table: STOCK, filters: { SEX: ['F'] } };
    assert.equal(await withSeekCodes(t.store.db, all), all);
    const first = { table: STOCK, filters: { REF_AREA: ['CHL'], COUNTRY_OF_BIRTH: ['HTI'] } };
    assert.equal(await withSeekCodes(t.store.db, first), first);
  });

  test('the protected cells stay protected through the bound read', async () => {
    const read = await readDisseminated(t.store.db, women(['CHL']), PUBLIC_VIEWER);
    const haiti = read.observations.find(
      (o) => o.key.COUNTRY_OF_BIRTH === 'HTI' && o.key.TIME_PERIOD === '2020',
    );
    assert.equal(haiti?.value, null);
    assert.equal(haiti?.status, 'Q');
    const response = await app.inject('/api/data/MIG_STOCK_FB?REF_AREA=CHL&SEX=F&AGE=_T');
    assert.equal(response.statusCode, 200);
    for (const secret of [CONFIDENTIAL_VALUE, ...SECONDARY_VALUES].map(String)) {
      assert.ok(!showsFigure(response.body, secret), `${secret} is not shown`);
    }
  });

  test('a code that comes with a new release is read at once', async () => {
    const cells = stockCells('URY', '2020', 1, false).filter((c) => c.key.COUNTRY_OF_BIRTH !== 'HTI');
    await publishSynthetic(t.store, STOCK, cells, '2026-02-01T00:00:00.000Z');
    const uruguay = await app.inject('/api/data/MIG_STOCK_FB?REF_AREA=URY&SEX=F&AGE=_T');
    assert.equal(uruguay.json().count, cells.filter((c) => c.key.SEX === 'F').length);
    await publishSynthetic(t.store, STOCK, stockCells('URY', '2021', 1, false), '2026-02-02T00:00:00.000Z');
    const withHaiti = await app.inject('/api/data/MIG_STOCK_FB?REF_AREA=URY&SEX=F&AGE=_T&startPeriod=2021');
    const origins = withHaiti
      .json()
      .observations.map((o: { key: Record<string, string> }) => o.key.COUNTRY_OF_BIRTH);
    assert.ok(origins.includes('HTI'), `origins read: ${origins.join(',')}`);
  });

  test('an indicator reads the years asked and the year before each, and computes as before', async () => {
    const inflows = getTable('MIG_INFLOW_PERM')!;
    const totals: Record<string, number> = {
      '2017': 900,
      '2018': 1000,
      '2019': 1100,
      '2020': 1500,
      '2021': 1200,
    };
    await publishSynthetic(
      t.store,
      inflows,
      Object.entries(totals).map(([year, value]) => ({
        table: inflows.id,
        key: { REF_AREA: 'PER', CITIZENSHIP: '_T', SEX: '_T', MIG_CATEGORY: '_T', TIME_PERIOD: year },
        value,
      })),
      '2026-02-03T00:00:00.000Z',
    );
    const change = async (years: string) => {
      const response = await app.inject(`/api/indicators/CHANGE_PCT?year=${years}&country=PER`);
      assert.equal(response.statusCode, 200, response.body);
      const values = response.json().values as { year: string; value: number | null }[];
      return Object.fromEntries(values.map((v) => [v.year, v.value]));
    };
    const percent = (year: string) => {
      const previous = totals[String(Number(year) - 1)]!;
      return Math.round(((totals[year]! - previous) / previous) * 100 * 1e4) / 1e4;
    };
    // Years far apart: the years between are not read, the year before each is.
    assert.deepEqual(await change('2018,2021'), { '2018': percent('2018'), '2021': percent('2021') });
    assert.deepEqual(await change('2020'), { '2020': percent('2020') });
  });
});
