// The observations that have a value, grouped by series (their key without TIME_PERIOD) for the
// outlier rule: series in the order they first appear, each one's observations in file order.
// A counting sort over typed arrays, not a Map of arrays: series keys pass 2^31, and a Map
// boxes each such key on the heap — a million look-ups and pushes cost more than the rule.
import { createNumberIndex } from './number-index.js';
import type { ObservationTable } from './observation-table.js';

export interface SeriesGroups {
  /** Series key of each series. */
  keys: number[];
  /** Observation indexes, series after series. */
  members: Int32Array;
  /** Series s holds members[starts[s]] … members[starts[s + 1] - 1]. */
  starts: Int32Array;
}

export function groupBySeries(
  observations: ObservationTable,
  timeWeight: number,
  times: Uint16Array,
): SeriesGroups {
  const seriesOf = new Int32Array(observations.size).fill(-1);
  const ordinals = createNumberIndex();
  const keys: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < observations.size; i++) {
    if (Number.isNaN(observations.values[i])) continue;
    const key = (observations.keys[i] as number) - (times[i] as number) * timeWeight;
    let series = ordinals.setIfAbsent(key, keys.length);
    if (series === undefined) {
      series = keys.length;
      keys.push(key);
      counts.push(0);
    }
    seriesOf[i] = series;
    counts[series] = (counts[series] as number) + 1;
  }
  const starts = new Int32Array(keys.length + 1);
  for (let s = 0; s < keys.length; s++) starts[s + 1] = (starts[s] as number) + (counts[s] as number);
  const next = starts.slice(0, keys.length);
  const members = new Int32Array(starts[keys.length] as number);
  for (let i = 0; i < observations.size; i++) {
    const series = seriesOf[i] as number;
    if (series < 0) continue;
    members[next[series] as number] = i;
    next[series] = (next[series] as number) + 1;
  }
  return { keys, members, starts };
}
