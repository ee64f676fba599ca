// A kept answer's brotli body is recompressed at the best quality off the event loop: later
// readers get fewer bytes of the same content under the same (weak) validator, and an answer
// that is not kept is never recompressed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import { createTestStore, STORE_KIND, type TestStore } from '../../../test/support/test-store.js';
import { prepareStore } from '../../store/prepare-store.js';
import { PUBLIC_VIEWER } from '../viewer.js';
import { type Answer, answerWithCache, sizeAnswerCache } from './cached-answer.js';

// Synthetic rows, repetitive as the JSON API's answers are.
const BODY = JSON.stringify(
  Array.from({ length: 2000 }, (_, i) => ({
    key: {
      REF_AREA: 'CHL',
      COUNTRY_OF_BIRTH: `C${i % 250}`,
      SEX: ['F', 'M', '_T'][i % 3],
      TIME_PERIOD: String(1990 + (i % 30)),
    },
    value: (i * 7919) % 100_000,
    status: 'A',
    conf: 'F',
  })),
);

describe(`kept answers and their brotli bodies (${STORE_KIND})`, () => {
  let t: TestStore;
  let produced = 0;
  const ask = (key: string, ifNoneMatch?: string): Promise<Answer> =>
    answerWithCache(
      t.store.db,
      {
        key,
        viewer: PUBLIC_VIEWER,
        ifNoneMatch,
        vary: 'Accept-Language',
        acceptEncoding: 'gzip, deflate, br',
      },
      async () => {
        produced++;
        return { status: 200, contentType: 'application/json', body: BODY };
      },
    );
  const bytes = (answer: Answer) => (answer.body as Buffer).length;

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
  });
  after(async () => t.cleanup());

  test('later readers get a smaller brotli body of the same content, and a 304 with the first validator', async () => {
    const first = await ask('refine');
    assert.equal(first.headers['content-encoding'], 'br');
    assert.match(String(first.headers.etag), /^W\/".+-br"$/);
    let later = first;
    for (let i = 0; i < 100 && bytes(later) >= bytes(first); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      later = await ask('refine');
    }
    assert.ok(bytes(later) < bytes(first), `${bytes(later)} < ${bytes(first)} bytes`);
    assert.equal(brotliDecompressSync(later.body as Buffer).toString(), BODY);
    assert.equal(later.headers.etag, first.headers.etag);
    assert.equal(produced, 1, 'produced once, then served from memory');
    assert.equal((await ask('refine', String(first.headers.etag))).status, 304);
  });

  test('an answer that is not kept keeps its first compression', async () => {
    sizeAnswerCache(t.store.db, 0);
    const first = await ask('not-kept');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = await ask('not-kept');
    assert.equal(bytes(second), bytes(first));
  });
});
