// The ETag of a public answer follows the set of public releases: at once after this process
// publishes, at the instant an embargo ends, and within FINGERPRINT_REUSE_MS of a release
// written by another process (which this process cannot observe except by reading).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestStore, STORE_KIND, type TestStore } from '../../../test/support/test-store.js';
import { getTable } from '../../framework/index.js';
import { prepareStore } from '../../store/prepare-store.js';
import { publishRelease } from '../../store/repositories/releases.js';
import { PUBLIC_VIEWER } from '../viewer.js';
import { computeValidators, FINGERPRINT_REUSE_MS } from './validators.js';
import { watchStoreWrites } from './write-epoch.js';

describe(`answer validators (${STORE_KIND})`, () => {
  let t: TestStore;
  const base = Date.now();
  const at = (ms: number) => new Date(base + ms).toISOString();
  const etagAt = async (ms: number) =>
    (await computeValidators(t.store.db, 'data|/api/data/X', PUBLIC_VIEWER, 'Accept-Language', at(ms))).etag;
  const publish = (publishedAt: string) =>
    t.store.transaction((tx) =>
      publishRelease(tx, { table: getTable('MIG_STOCK_FB')!, publishedAt, observations: [] }),
    );

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    watchStoreWrites(t.store);
  });
  after(async () => t.cleanup());

  test('a release published by this process changes the ETag at once', async () => {
    const first = await etagAt(0);
    assert.equal(await etagAt(10), first, 'nothing changed: the same ETag');
    await publish(at(-1000));
    assert.notEqual(await etagAt(20), first);
  });

  test('an embargo ending changes the ETag at that instant, inside the reuse window', async () => {
    await publish(at(300));
    const before = await etagAt(100);
    assert.equal(await etagAt(200), before);
    assert.notEqual(await etagAt(301), before);
  });

  test('a release written by another process is seen once the reuse window has passed', async () => {
    const start = 2 * FINGERPRINT_REUSE_MS;
    const seen = await etagAt(start);
    // Written around store.transaction, as another process's write would be: no local signal.
    await t.store.db
      .insertInto('releases')
      .values({
        table_id: 'MIG_STOCK_FN',
        submission_id: null,
        created_at: at(start),
        created_by: null,
        published_at: at(start),
        notes: null,
        source: '{}',
        observation_count: 0,
      })
      .execute();
    assert.notEqual(await etagAt(start + FINGERPRINT_REUSE_MS + 1), seen);
  });
});
