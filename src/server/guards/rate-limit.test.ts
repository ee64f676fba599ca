import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TokenBuckets } from './rate-limit.js';

describe('token buckets of the public-read rate limit', () => {
  test('a burst passes, the next waits, and tokens come back at the configured rate', () => {
    let now = 1_000_000;
    const buckets = new TokenBuckets({ perMinute: 6, burst: 2 }, () => now);
    assert.equal(buckets.take('a'), 0);
    assert.equal(buckets.take('a'), 0);
    assert.equal(buckets.take('a'), 10, 'one token every 10 s');
    assert.equal(buckets.take('b'), 0, 'each address has its own bucket');
    now += 5_000;
    assert.equal(buckets.take('a'), 5);
    now += 5_000;
    assert.equal(buckets.take('a'), 0);
    now += 3_600_000;
    assert.equal(buckets.take('a'), 0);
    assert.equal(buckets.take('a'), 0);
    assert.ok(buckets.take('a') > 0, 'never more than the burst');
  });
});
