// Published figures keyed like the submission's observations, to compare a value with what was
// published for the same cell (a revision) or the period before, and to extend a series with
// the years the submission does not resend.
import type { KeyCodec } from './key-codec.js';
import type { PublishedObservation } from './validation-context.js';

export interface PublishedIndex {
  /** Published value by key number (empty values left out). */
  byKey: Map<number, number>;
  /** Published (time digit, value, source edition) points by series key number. */
  bySeries: Map<number, PublishedPoint[]>;
}

export interface PublishedPoint {
  time: number;
  value: number;
  edition?: string | undefined;
}

export function indexPublished(codec: KeyCodec, published: readonly PublishedObservation[]): PublishedIndex {
  const byKey = new Map<number, number>();
  const bySeries = new Map<number, PublishedPoint[]>();
  const timeDim = codec.dimensions.indexOf('TIME_PERIOD');
  for (const observation of published) {
    if (observation.value === null) continue;
    let key = 0;
    let time = 0;
    let valid = true;
    codec.dimensions.forEach((id, d) => {
      const digit = codec.digitOf(d, observation.key[id] ?? '');
      if (digit < 0) valid = false;
      if (d === timeDim) time = digit;
      key += digit * codec.weight(d);
    });
    if (!valid) continue;
    byKey.set(key, observation.value);
    const series = key - time * codec.weight(timeDim);
    const point: PublishedPoint = { time, value: observation.value, edition: observation.edition };
    const points = bySeries.get(series);
    if (points) points.push(point);
    else bySeries.set(series, [point]);
  }
  return { byKey, bySeries };
}
