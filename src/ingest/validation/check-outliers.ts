// FRAMEWORK §6.4: a value is an outlier, to be justified, when its modified z-score over its
// series (0.6745 × (x − median) / MAD, the published years included) passes the rule's z
// (3.5), or when it differs from the last published value of the same cell — or of the year
// before — by more than changePct. Small counts (below minValue) move a lot by nature and are
// left alone, as are series shorter than minPoints.
import { getRule } from '../../framework/rules.js';
import { createIssue } from '../issues/issue.js';
import { groupBySeries } from './group-by-series.js';
import { median } from './median.js';
import { indexPublished, type PublishedIndex } from './published-index.js';
import { locate, type ValidationState } from './validation-state.js';

// Iglewicz & Hoaglin: 0.6745 scales the MAD to σ; 1.253314 the mean absolute deviation when MAD is 0.
const MAD_SCALE = 0.6745;
const MEAN_AD_SCALE = 1.253314;

interface OutlierParams {
  z: number;
  changePct: number;
  minValue: number;
  minPoints: number;
}

function readParams(): OutlierParams {
  const params = getRule('OUTLIER')?.params ?? {};
  const read = (name: string, fallback: number) =>
    typeof params[name] === 'number' ? params[name] : fallback;
  return {
    z: read('z', 3.5),
    changePct: read('changePct', 50),
    minValue: read('minValue', 100),
    minPoints: read('minPoints', 5),
  };
}

export function checkOutliers(state: ValidationState): void {
  const { codec, observations } = state;
  const params = readParams();
  const published = indexPublished(codec, state.context.published ?? []);
  const timeDim = codec.dimensions.indexOf('TIME_PERIOD');
  const timeWeight = codec.weight(timeDim);
  const times = observations.digits[timeDim] as Uint16Array;
  const series = groupBySeries(observations, timeWeight, times);
  const flagged = new Set<number>();
  series.keys.forEach((key, s) => {
    const members = Array.from(series.members.subarray(series.starts[s], series.starts[s + 1]));
    checkSeries(state, params, published, key, members, flagged);
  });
  if (published.byKey.size > 0) checkRevisions(state, params, published, timeWeight, flagged);
}

function checkSeries(
  state: ValidationState,
  params: OutlierParams,
  published: PublishedIndex,
  seriesKey: number,
  members: number[],
  flagged: Set<number>,
): void {
  const { observations, codec } = state;
  const times = observations.digits[codec.dimensions.indexOf('TIME_PERIOD')] as Uint16Array;
  const values = members.map((i) => observations.values[i] as number);
  const publishedPoints = published.bySeries.get(seriesKey);
  if (publishedPoints) {
    const submittedTimes = new Set(members.map((i) => times[i]));
    for (const point of publishedPoints) if (!submittedTimes.has(point.time)) values.push(point.value);
  }
  if (values.length < params.minPoints) return;
  const center = median(values);
  const mad = median(values.map((v) => Math.abs(v - center)));
  const meanAd = values.reduce((sum, v) => sum + Math.abs(v - center), 0) / values.length;
  const scale = mad > 0 ? mad / MAD_SCALE : meanAd * MEAN_AD_SCALE;
  if (scale === 0) return;
  for (const i of members) {
    const value = observations.values[i] as number;
    if (Math.abs(value - center) / scale <= params.z) continue;
    if (Math.max(value, center) < params.minValue) continue;
    flagged.add(i);
    reportOutlier(state, i, value, center);
  }
}

function checkRevisions(
  state: ValidationState,
  params: OutlierParams,
  published: PublishedIndex,
  timeWeight: number,
  flagged: Set<number>,
): void {
  const { observations } = state;
  for (let i = 0; i < observations.size; i++) {
    const value = observations.values[i] as number;
    if (Number.isNaN(value) || flagged.has(i)) continue;
    const key = observations.keys[i] as number;
    const reference = published.byKey.get(key) ?? published.byKey.get(key - timeWeight);
    if (reference === undefined || Math.max(value, reference) < params.minValue) continue;
    const change =
      reference === 0 ? Number.POSITIVE_INFINITY : (Math.abs(value - reference) / reference) * 100;
    if (change > params.changePct) reportOutlier(state, i, value, reference);
  }
}

function reportOutlier(state: ValidationState, i: number, value: number, expected: number): void {
  const change = expected === 0 ? '∞' : Math.round(((value - expected) / expected) * 1000) / 10;
  const params = { expected: Math.round(expected * 100) / 100, change };
  state.log.add(createIssue('OUTLIER', locate(state, i), params, value));
}
