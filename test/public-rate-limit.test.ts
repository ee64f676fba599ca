// The public-read rate limit (issue 13): a client missing the answer cache with many distinct
// queries gets 429 with Retry-After once its burst is spent; cached answers and 304s still come;
// other addresses and signed-in users are not affected; with the limit off nothing is refused.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { ensureDemoAccounts } from '../src/workflow/demo-accounts.js';
import { loadSyntheticFixture } from './sdmx-synthetic.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';
import { signIn } from './support/workflow-app.js';

const BURST = 4;
const distinct = (i: number) => `/api/data/MIG_STOCK_FB?REF_AREA=CHL&startPeriod=${2000 + i}`;

describe(`public-read rate limit on ${STORE_KIND}`, () => {
  let t: TestStore;
  let limited: FastifyInstance;
  let unlimited: FastifyInstance;

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await ensureDemoAccounts(t.store);
    await loadSyntheticFixture(t.store);
    const config = {
      logLevel: 'silent',
      maxUploadBytes: 1e6,
      dataDir: t.dataDir,
      cookieSecure: 'never' as const,
    };
    limited = await buildApp({
      store: t.store,
      // A rate so slow that no token comes back while the test runs.
      config: { ...config, publicReadsPerMinute: 0.001, publicReadBurst: BURST },
    });
    unlimited = await buildApp({ store: t.store, config: { ...config, publicReadsPerMinute: 0 } });
  });
  after(async () => {
    await limited.close();
    await unlimited.close();
    await t.cleanup();
  });

  test('distinct uncached queries past the burst get 429 RATE_LIMITED with Retry-After', async () => {
    const answers = [];
    for (let i = 0; i < BURST; i++) answers.push(await limited.inject(distinct(i)));
    assert.deepEqual(
      answers.map((a) => a.statusCode),
      Array(BURST).fill(200),
    );
    for (const url of [
      distinct(BURST),
      '/sdmx/v2/data/dataflow/OAS/MIG_STOCK_FB/1.0/*?c[TIME_PERIOD]=2021',
      '/api/download?table=MIG_STOCK_FB&format=csv',
      '/api/observations/history?table=MIG_STOCK_FB&key=CHL.PER.F._T.2020',
      '/api/indicators/FB_SHARE',
    ]) {
      const refused = await limited.inject(url);
      assert.equal(refused.statusCode, 429, url);
      assert.ok(
        Number(refused.headers['retry-after']) >= 1,
        `${url}: Retry-After ${refused.headers['retry-after']}`,
      );
      if (!url.startsWith('/sdmx')) assert.equal(refused.json().error.code, 'RATE_LIMITED');
    }
    // The cache still answers what it holds, and a conditional request costs nothing.
    const cached = await limited.inject(distinct(0));
    assert.equal(cached.statusCode, 200);
    assert.equal(cached.body, answers[0]!.body);
    const revalidated = await limited.inject({
      url: distinct(1),
      headers: { 'if-none-match': String(answers[1]!.headers.etag) },
    });
    assert.equal(revalidated.statusCode, 304);
    // Another address has its own bucket; a signed-in user is not limited.
    assert.equal((await limited.inject({ url: distinct(20), remoteAddress: '10.0.0.7' })).statusCode, 200);
    const reviewer = await signIn(limited, 'reviewer@demo.sicremi.org', 'demo-reviewer-2026');
    assert.equal((await reviewer.get(distinct(21))).statusCode, 200);
  });

  test('with the limit off (benchmarks), distinct queries are never refused', async () => {
    for (let i = 0; i < BURST * 3; i++) {
      assert.equal((await unlimited.inject(distinct(30 + i))).statusCode, 200);
    }
  });
});
