// FRAMEWORK §6.4: a series that starts or stops needs a word of explanation. Against the
// country's published figures: a published series the submission no longer reports has
// stopped; a series the submission reports that was never published has started — provided
// something was published before the submission's first year, or everything would "start".
import { createIssue } from '../issues/issue.js';
import { indexPublished } from './published-index.js';
import { describeKey, locate, type ValidationState } from './validation-state.js';

const FIXED = ['REF_AREA', 'TIME_PERIOD'];

export function checkSeriesBreaks(state: ValidationState): void {
  const { codec, observations, log } = state;
  const published = state.context.published ?? [];
  if (published.length === 0 || observations.size === 0) return;
  const index = indexPublished(codec, published);
  const timeDim = codec.dimensions.indexOf('TIME_PERIOD');
  const timeWeight = codec.weight(timeDim);
  const times = observations.digits[timeDim] as Uint16Array;
  const firstOf = new Map<number, number>();
  let firstYear = Number.POSITIVE_INFINITY;
  for (let i = 0; i < observations.size; i++) {
    const time = times[i] as number;
    const series = (observations.keys[i] as number) - time * timeWeight;
    const first = firstOf.get(series);
    if (first === undefined || time < (times[first] as number)) firstOf.set(series, i);
    firstYear = Math.min(firstYear, time);
  }
  const publishedBefore = [...index.bySeries.values()].some((points) =>
    points.some((p) => p.time < firstYear),
  );
  if (publishedBefore) {
    for (const [series, i] of firstOf) {
      if (index.bySeries.has(series)) continue;
      const params = {
        series: describeKey(state, i, FIXED),
        year: codec.codeOf(timeDim, times[i] as number),
      };
      log.add(createIssue('SERIES_BREAK', locate(state, i), params));
    }
  }
  for (const [series, points] of index.bySeries) {
    if (firstOf.has(series)) continue;
    const last = Math.max(...points.map((p) => p.time));
    if (last < firstYear - 1) continue; // stopped long ago: not this submission's news
    const spelled = describePublishedSeries(state, series, timeWeight);
    log.add(createIssue('SERIES_BREAK', {}, { series: spelled, year: codec.codeOf(timeDim, last + 1) }));
  }
}

function describePublishedSeries(state: ValidationState, series: number, timeWeight: number): string {
  const { codec } = state;
  let rest = series;
  const parts: string[] = [];
  codec.dimensions.forEach((id, d) => {
    const weight = codec.weight(d);
    const digit = Math.floor(rest / weight);
    rest -= digit * weight;
    if (!FIXED.includes(id) && weight !== timeWeight) parts.push(`${id}=${codec.codeOf(d, digit)}`);
  });
  return parts.join(', ');
}
