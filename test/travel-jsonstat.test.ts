// JSON-stat 2.0 (issue 20): /api/data/{table}?format=jsonstat read by the jsonstat-toolkit
// library says what /api/data says — every cell's value and status, protected cells without a
// value, footnotes and confidentiality in its extension — and the download serves the same.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import JSONstat from 'jsonstat-toolkit';
import type { DataAnswer } from '../src/dissemination/present-data.js';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { CONFIDENTIAL_VALUE, INJECTED_NOTE, loadSyntheticFixture, showsFigure } from './sdmx-synthetic.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

describe(`JSON-stat on ${STORE_KIND}`, () => {
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

  for (const query of [
    'MIG_STOCK_FB?lang=es',
    'MIG_STOCK_FB?REF_AREA=CHL&SEX=F,_T',
    'MIG_ASYLUM',
    'POP_CONTEXT?lang=fr',
  ]) {
    test(`jsonstat-toolkit reads /api/data/${query} as /api/data gives it`, async () => {
      const sep = query.includes('?') ? '&' : '?';
      const plain = await app.inject(`/api/data/${query}`);
      const stat = await app.inject(`/api/data/${query}${sep}format=jsonstat`);
      assert.equal(stat.statusCode, 200);
      assert.equal(stat.headers['content-type'], 'application/json; charset=utf-8');
      const data = plain.json() as DataAnswer;
      const ds = JSONstat(stat.json());
      assert.equal(ds.class, 'dataset');
      assert.equal(stat.json().version, '2.0');
      assert.deepEqual(
        ds.id,
        data.dimensions.map((d) => d.id),
      );
      for (const dimension of data.dimensions) {
        const read = ds.Dimension(dimension.id)!;
        assert.deepEqual(
          read.id,
          dimension.codes.map((c) => c.id),
        );
        for (const code of dimension.codes) assert.equal(read.Category(code.id)?.label, code.name);
      }
      const extension = (
        ds.extension as { sicremi: { conf: Record<string, string>; notes: Record<string, string> } }
      ).sicremi;
      let present = 0;
      for (let i = 0; i < ds.n; i++) if (ds.Data(i)?.status) present++;
      assert.equal(present, data.observations.length, 'no more cells than /api/data has');
      for (const o of data.observations) {
        const cell = ds.Data(o.key)!;
        assert.equal(cell.value, o.value, JSON.stringify(o.key));
        assert.equal(cell.status, o.status);
        const index = data.dimensions.reduce(
          (at, d) => at * d.codes.length + d.codes.findIndex((c) => c.id === o.key[d.id]),
          0,
        );
        assert.equal(extension.conf[index], o.conf);
        assert.equal(extension.notes[index] ?? null, o.note);
      }
      assert.ok(!showsFigure(stat.body, String(CONFIDENTIAL_VALUE)));
    });
  }

  test('the confidential cell is there, without its value, status Q; the footnote travels', async () => {
    const ds = JSONstat(
      (await app.inject('/api/data/MIG_STOCK_FB?REF_AREA=CHL&TIME_PERIOD=2020&format=jsonstat')).json(),
    );
    const secret = ds.Data({
      REF_AREA: 'CHL',
      COUNTRY_OF_BIRTH: 'HTI',
      SEX: 'F',
      AGE: '_T',
      TIME_PERIOD: '2020',
    })!;
    assert.equal(secret.value, null);
    assert.equal(secret.status, 'Q');
    assert.ok(JSON.stringify(ds.extension).includes(JSON.stringify(INJECTED_NOTE).slice(1, -1)));
  });

  test('the download format jsonstat serves the same dataset as an attachment', async () => {
    const res = await app.inject('/api/download?table=MIG_STOCK_FB&format=jsonstat&lang=en');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-disposition']), /filename="SICREMI_MIG_STOCK_FB_.*\.json"/);
    const viaData = (await app.inject('/api/data/MIG_STOCK_FB?format=jsonstat&lang=en')).json();
    assert.deepEqual(res.json().value, viaData.value);
    assert.deepEqual(res.json().status, viaData.status);
  });

  test('an unknown format is a coded 400', async () => {
    const res = await app.inject('/api/data/MIG_STOCK_FB?format=px&lang=pt');
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'INVALID_PARAMETER');
  });
});
