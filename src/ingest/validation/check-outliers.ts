// FRAMEWORK §6.4: a value is an outlier, to be justified, when its modified z-score over its
// series (0.6745 × (x − median) / MAD, the published years included) passes the rule's z
// (3.5), or when it differs from the last published value of the same cell — or of the year
// before — by more than changePct. Small counts (below minValue) move a lot by nature and are
// left alone, as are series shorter than minPoints. Like is compared with like: a break the
// file declares (OBS_STATUS B) cuts the series there, so neither the published years before it
// nor last year's value are held against the values from it on; and a series is extended only
// with the published years of one source edition — the edition its latest published year comes
// from — never a splice of IMS2019 and IMS2020 (FRAMEWORK §9). A figure resent unchanged
// (equal to the published value of its cell) is not flagged again. A residual ("other countries",
// OTH) is never checked: its level is set by how many parts a source itemises (a census naming 14
// origins against UN DESA naming 230), so its "jumps" are differences of scope, not of migration.
// Outliers are grouped by the table's first breakdown (all outliers of one origin are one thing
// to explain).
import { getRule } from '../../framework/rules.js';
import { createIssue } from '../issues/issue.js';
import { groupBySeries } from './group-by-series.js';
import { medianInPlace } from './median.js';
import { indexPublished, type PublishedIndex, type PublishedPoint } from './published-index.js';
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
  const scratch = createScratch();
  const breakYears = findBreakYears(state, timeWeight, times);
  series.keys.forEach((key, s) => {
    const members = series.members.subarray(series.starts[s], series.starts[s + 1]);
    checkSeries(state, params, published, key, members, flagged, scratch, breakYears.get(key));
  });
  if (published.byKey.size > 0) checkRevisions(state, params, published, timeWeight, flagged, breakYears);
}

/** The year (time digit) of the first declared break of each series that has one. */
function findBreakYears(state: ValidationState, timeWeight: number, times: Uint16Array): Map<number, number> {
  const years = new Map<number, number>();
  for (const i of state.breaks) {
    const time = times[i] as number;
    const series = (state.observations.keys[i] as number) - time * timeWeight;
    const known = years.get(series);
    if (known === undefined || time < known) years.set(series, time);
  }
  return years;
}

/**
 * Arrays reused from series to series: thousands of series of a few dozen points each made
 * the rule's allocations cost more than its arithmetic.
 */
function createScratch() {
  let values = new Float64Array(64);
  let work = new Float64Array(64);
  return {
    get values() {
      return values;
    },
    /** Room for `n` values in both arrays. */
    reserve(n: number): void {
      if (n <= values.length) return;
      const size = 2 ** Math.ceil(Math.log2(n));
      const bigger = new Float64Array(size);
      bigger.set(values);
      values = bigger;
      work = new Float64Array(size);
    },
    /** A copy of the first n values, to be reordered by medianInPlace. */
    copy(n: number): Float64Array {
      const copy = work.subarray(0, n);
      copy.set(values.subarray(0, n));
      return copy;
    },
    work: () => work,
  };
}
type Scratch = ReturnType<typeof createScratch>;

function checkSeries(
  state: ValidationState,
  params: OutlierParams,
  published: PublishedIndex,
  seriesKey: number,
  members: Int32Array,
  flagged: Set<number>,
  scratch: Scratch,
  breakYear: number | undefined,
): void {
  const { observations, codec } = state;
  const times = observations.digits[codec.dimensions.indexOf('TIME_PERIOD')] as Uint16Array;
  // The series' values, then the published years it does not resend — in this order, as the
  // mean deviation's sum is taken in it.
  const publishedPoints = keepLatestEdition(published.bySeries.get(seriesKey));
  scratch.reserve(members.length + (publishedPoints?.length ?? 0));
  const values = scratch.values;
  let n = 0;
  // Across a declared break only the side of the checked values counts: from the break on.
  const compared =
    breakYear === undefined ? members : members.filter((i) => (times[i] as number) >= breakYear);
  for (const i of compared) values[n++] = observations.values[i] as number;
  if (publishedPoints) {
    const submittedTimes = new Set(Array.from(members, (i) => times[i]));
    for (const point of publishedPoints) {
      if (submittedTimes.has(point.time) || (breakYear !== undefined && point.time < breakYear)) continue;
      values[n++] = point.value;
    }
  }
  if (n < params.minPoints) return;
  const center = medianInPlace(scratch.copy(n));
  const deviations = scratch.work().subarray(0, n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const deviation = Math.abs((values[k] as number) - center);
    deviations[k] = deviation;
    sum += deviation;
  }
  const mad = medianInPlace(deviations);
  const meanAd = sum / n;
  const scale = mad > 0 ? mad / MAD_SCALE : meanAd * MEAN_AD_SCALE;
  if (scale === 0) return;
  for (const i of compared) {
    const value = observations.values[i] as number;
    if (Math.abs(value - center) / scale <= params.z) continue;
    if (isResidual(state, i)) continue;
    // A figure resent as published was accepted then: not this submission's news.
    if (published.byKey.get(observations.keys[i] as number) === value) continue;
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
  breakYears: ReadonlyMap<number, number>,
): void {
  const { observations, codec } = state;
  const times = observations.digits[codec.dimensions.indexOf('TIME_PERIOD')] as Uint16Array;
  for (let i = 0; i < observations.size; i++) {
    const value = observations.values[i] as number;
    if (Number.isNaN(value) || flagged.has(i) || isResidual(state, i)) continue;
    const key = observations.keys[i] as number;
    const time = times[i] as number;
    const breakYear = breakYears.get(key - time * timeWeight);
    // The same cell published before is a revision, compared; last year's value is not, across a break.
    const lastYear =
      breakYear !== undefined && time - 1 < breakYear ? undefined : published.byKey.get(key - timeWeight);
    const reference = published.byKey.get(key) ?? lastYear;
    if (reference === undefined || Math.max(value, reference) < params.minValue) continue;
    const change =
      reference === 0 ? Number.POSITIVE_INFINITY : (Math.abs(value - reference) / reference) * 100;
    if (change > params.changePct) reportOutlier(state, i, value, reference);
  }
}

/** The remainder of a breakdown, in any of the row's dimensions: its scope varies by source. */
const RESIDUAL_CODES = new Set(['OTH']);

function isResidual(state: ValidationState, i: number): boolean {
  const { codec, observations } = state;
  return codec.dimensions.some(
    (id, d) =>
      id !== 'REF_AREA' &&
      !codec.isTime(d) &&
      RESIDUAL_CODES.has(codec.codeOf(d, (observations.digits[d] as Uint16Array)[i] as number)),
  );
}

function reportOutlier(state: ValidationState, i: number, value: number, expected: number): void {
  const change = expected === 0 ? '∞' : Math.round(((value - expected) / expected) * 1000) / 10;
  const { codec, observations } = state;
  const series: string[] = [];
  let origin = '';
  codec.dimensions.forEach((id, d) => {
    if (id === 'REF_AREA' || codec.isTime(d)) return;
    const code = `${id}=${codec.codeOf(d, (observations.digits[d] as Uint16Array)[i] as number)}`;
    series.push(code);
    if (!origin) origin = code;
  });
  const timeDim = codec.dimensions.indexOf('TIME_PERIOD');
  const params = {
    expected: Math.round(expected * 100) / 100,
    change,
    series: series.join(', '),
    year: codec.codeOf(timeDim, (observations.digits[timeDim] as Uint16Array)[i] as number),
    origin: origin || 'TOTAL',
  };
  const issue = createIssue('OUTLIER', locate(state, i), params, value);
  issue.group = `OUTLIER:${origin || 'TOTAL'}`;
  state.log.add(issue);
}

/** The points of the edition the series' latest published year comes from (all, when unknown). */
function keepLatestEdition(
  points: readonly PublishedPoint[] | undefined,
): readonly PublishedPoint[] | undefined {
  if (!points || points.length === 0) return points;
  let latest = points[0] as PublishedPoint;
  for (const point of points) if (point.time > latest.time) latest = point;
  if (latest.edition === undefined) return points;
  return points.filter((p) => p.edition === latest.edition);
}
