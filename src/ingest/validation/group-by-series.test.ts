import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupBySeries } from './group-by-series.js';
import type { ObservationTable } from './observation-table.js';

test('groups valued observations by series, in order of first appearance and file order within each', () => {
  // Keys as series × 10,000 + year digit, series keys past 2^31 included; NaN values are left out.
  const big = 2 ** 40;
  const series = [big, 7, big, 3, 7, big, 3];
  const times = Uint16Array.from([1, 1, 2, 1, 2, 3, 2]);
  const values = Float64Array.from([1, 2, Number.NaN, 4, 5, 6, 7]);
  const keys = Float64Array.from(series, (s, i) => s * 10_000 + (times[i] as number));
  const table = { size: keys.length, keys, values } as unknown as ObservationTable;
  const groups = groupBySeries(table, 1, times);
  assert.deepEqual(
    groups.keys,
    [big, 7, 3].map((s) => s * 10_000),
  );
  const membersOf = (s: number) => [...groups.members.subarray(groups.starts[s], groups.starts[s + 1])];
  assert.deepEqual(
    [membersOf(0), membersOf(1), membersOf(2)],
    [
      [0, 5],
      [1, 4],
      [3, 6],
    ],
  );
});
