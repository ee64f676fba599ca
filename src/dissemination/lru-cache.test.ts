import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LruCache } from './lru-cache.js';

test('the least recently used entry goes first once the cache is full', () => {
  const cache = new LruCache<string, number>(2);
  cache.set('a', 1);
  cache.set('b', 2);
  assert.equal(cache.get('a'), 1);
  cache.set('c', 3);
  assert.deepEqual(
    ['a', 'b', 'c'].map((k) => cache.get(k)),
    [1, undefined, 3],
  );
});

test('weights are bounded too; the entry just weighed stays even alone over budget', () => {
  const cache = new LruCache<string, string>(10, 100);
  cache.set('small', 's', 10);
  cache.set('big', 'b');
  cache.set('other', 'o', 30);
  cache.weigh('big', 80);
  assert.deepEqual(
    ['small', 'big', 'other'].map((k) => cache.get(k)),
    [undefined, 'b', undefined],
    'the oldest others left until 80 ≤ 100',
  );
  cache.weigh('big', 500);
  assert.equal(cache.get('big'), 'b');
  cache.set('next', 'n', 1);
  assert.deepEqual([cache.get('big'), cache.get('next'), cache.size], [undefined, 'n', 1]);
});
