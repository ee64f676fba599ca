import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstDayOf, isPolicyDate, lastDayOf } from './policy-dates.js';

describe('policy dates', () => {
  it('accepts a year, a month or a real day, and nothing else', () => {
    for (const ok of ['2021', '2021-03', '2020-02-29']) assert.ok(isPolicyDate(ok), ok);
    for (const bad of ['21', '2021-13', '2021-02-29', '2021-3-1', '1850', '2021-03-01T00:00', '']) {
      assert.ok(!isPolicyDate(bad), bad);
    }
  });

  it('widens a date to the first and last day it covers', () => {
    assert.equal(firstDayOf('2021'), '2021-01-01');
    assert.equal(lastDayOf('2021'), '2021-12-31');
    assert.equal(firstDayOf('2020-02'), '2020-02-01');
    assert.equal(lastDayOf('2020-02'), '2020-02-29');
    assert.equal(lastDayOf('2021-03-01'), '2021-03-01');
  });
});
