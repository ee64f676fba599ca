import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createNumberIndex } from './number-index.js';

test('keeps every key through growth, keys above 2^32 included, and answers like a Map', () => {
  const index = createNumberIndex(4);
  const reference = new Map<number, number>();
  for (let i = 0; i < 5000; i++) {
    const key = i % 3 === 0 ? i * 4294967311 : i * 7919;
    assert.equal(index.setIfAbsent(key, i), reference.get(key));
    if (!reference.has(key)) reference.set(key, i);
  }
  for (const [key, value] of reference) assert.equal(index.get(key), value);
  assert.equal(index.get(12345678901), undefined);
});

test('setIfAbsent leaves a present key alone and returns its value; set replaces it', () => {
  const index = createNumberIndex();
  assert.equal(index.setIfAbsent(2 ** 40, 1), undefined);
  assert.equal(index.setIfAbsent(2 ** 40, 2), 1);
  assert.equal(index.get(2 ** 40), 1);
  index.set(2 ** 40, 3);
  assert.equal(index.get(2 ** 40), 3);
  assert.equal(index.get(0), undefined);
  index.set(0, 0);
  assert.equal(index.get(0), 0);
});

test('keeps runs of consecutive keys (a series’ years), near 2^32 and 2^53 too', () => {
  const index = createNumberIndex();
  const reference = new Map<number, number>();
  const bases = [0, 9000, 2 ** 32 - 7, 2 ** 40 + 3, 2 ** 53 - 40];
  let i = 0;
  for (let year = 0; year < 20; year++)
    for (const base of bases)
      for (let series = 0; series < 50; series++) {
        const key = base + series * 16 * 9000 + year;
        assert.equal(index.setIfAbsent(key, i), reference.get(key));
        if (!reference.has(key)) reference.set(key, i);
        i++;
      }
  for (const [key, value] of reference) assert.equal(index.get(key), value);
  assert.equal(index.get(2 ** 53 - 41), undefined);
});
