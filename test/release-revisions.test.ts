// GET /api/releases/:id/revisions on the demo (FRAMEWORK §9): IMS2020 revised IMS2019's totals
// and sexes for 1990-2015 and nothing else; the list gives old → new per cell, read through the
// dissemination gateway; release= still answers what IMS2019 published.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadDemoData } from '../src/demo/load-demo.js';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

interface Revision {
  key: Record<string, string>;
  old: { value: number | null; releaseId: number };
  new: { value: number | null; releaseId: number } | null;
}

describe(`release revisions on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;
  let ims2019: number;
  let ims2020: number;

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadDemoData(t.store);
    app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
    const releases = await t.store.db.selectFrom('releases').select(['id', 'source']).execute();
    const idOf = (dataset: string) =>
      releases.find((r) => (JSON.parse(r.source) as { demoDataset?: string }).demoDataset === dataset)!.id;
    ims2019 = idOf('undesa-ims2019-stock');
    ims2020 = idOf('undesa-ims2020-stock');
  });
  after(async () => {
    await app?.close();
    await t?.cleanup();
  });

  test('lists every cell IMS2020 revised, old (IMS2019) → new (IMS2020)', async () => {
    const res = await app.inject(`/api/releases/${ims2020}/revisions`);
    assert.equal(res.statusCode, 200);
    const body = res.json() as {
      release: { sourceId: string; sourceEdition: string };
      revisions: Revision[];
    };
    assert.deepEqual(body.release.sourceId, 'UNDESA_IMS');
    assert.deepEqual(body.release.sourceEdition, '2020');
    // 35 countries × 6 years (1990-2015) × 3 sexes; origins and 2019 are not revised.
    assert.equal(body.revisions.length, 35 * 6 * 3);
    assert.ok(body.revisions.every((r) => r.key.COUNTRY_OF_BIRTH === '_T' && r.key.TIME_PERIOD !== '2019'));
    assert.ok(body.revisions.every((r) => r.old.releaseId === ims2019 && r.new?.releaseId === ims2020));
    const guy = body.revisions.find(
      (r) => r.key.REF_AREA === 'GUY' && r.key.TIME_PERIOD === '2010' && r.key.SEX === '_T',
    );
    assert.deepEqual([guy?.old.value, guy?.new?.value], [13126, 8182]);
  });

  test('a release that revised nothing lists nothing; unknown or malformed ids are coded errors', async () => {
    const first = await app.inject(`/api/releases/${ims2019}/revisions`);
    assert.equal(first.statusCode, 200);
    assert.equal(first.json().count, 0);
    const missing = await app.inject('/api/releases/999999/revisions');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'RELEASE_NOT_FOUND');
    const bad = await app.inject('/api/releases/abc/revisions');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'INVALID_PARAMETER');
  });

  test("beside IMS2020's series, IMS2019's 2019 point is a break (B) with a note naming both editions", async () => {
    const series = async (query: string) =>
      (
        (
          await app.inject(`/api/data/MIG_STOCK_FB?REF_AREA=GUY&COUNTRY_OF_BIRTH=_T&SEX=_T&AGE=_T${query}`)
        ).json() as {
          observations: { key: Record<string, string>; status: string; note: string | null }[];
        }
      ).observations;
    const latest = await series('');
    const at2019 = latest.find((o) => o.key.TIME_PERIOD === '2019');
    assert.equal(at2019?.status, 'B');
    assert.match(
      at2019?.note ?? '',
      /International Migrant Stock 2019 .*: International Migrant Stock 2020 .* does not estimate 2019/,
    );
    assert.ok(latest.filter((o) => o.key.TIME_PERIOD !== '2019').every((o) => o.status === 'A'));
    const asPublished = await series(`&release=${ims2019}`);
    assert.ok(
      asPublished.every((o) => o.status === 'A'),
      'IMS2019 alone has no break',
    );
  });

  test("release= still answers IMS2019's own values; the latest view answers IMS2020's", async () => {
    const at2019 = await app.inject(
      `/api/data/MIG_STOCK_FB?REF_AREA=GUY&COUNTRY_OF_BIRTH=_T&SEX=_T&TIME_PERIOD=2010&release=${ims2019}`,
    );
    assert.equal(at2019.statusCode, 200, at2019.body);
    assert.match(at2019.body, /13126/);
    const latest = await app.inject(
      '/api/data/MIG_STOCK_FB?REF_AREA=GUY&COUNTRY_OF_BIRTH=_T&SEX=_T&TIME_PERIOD=2010',
    );
    assert.match(latest.body, /8182/);
    assert.doesNotMatch(latest.body, /13126/);
  });
});
