// FRAMEWORK §6.4: a series that starts or stops needs a word of explanation — and only one
// that really does. A series *stops* when it was published for a year the submission reports
// and the submission leaves it out (publishing replaces the whole year, so it would vanish), or
// when it was published for the year just before the submission's first year and the
// submission does not carry it on — unless that first year is published already without it
// (old news). A series *starts* when the submission reports it, nothing was ever published
// for it, and its parent total (the same series with one dimension at `_T`) was. Years in the
// messages are years of the submission. Warnings are grouped by cause: all series of a new
// breakdown by sex are one fact to confirm (`SERIES_BREAK:start:SEX`), as are all series of one
// breakdown that went missing (`SERIES_BREAK:stop:COUNTRY_OF_BIRTH`).
import { createIssue } from '../issues/issue.js';
import type { KeyCodec } from './key-codec.js';
import { indexPublished } from './published-index.js';
import { locate, type ValidationState } from './validation-state.js';

const FIXED = new Set(['REF_AREA', 'TIME_PERIOD']);

export function checkSeriesBreaks(state: ValidationState): void {
  const { codec, observations } = state;
  const published = state.context.published ?? [];
  if (published.length === 0 || observations.size === 0) return;
  const index = indexPublished(codec, published);
  const timeDim = codec.dimensions.indexOf('TIME_PERIOD');
  const timeWeight = codec.weight(timeDim);
  const times = observations.digits[timeDim] as Uint16Array;
  const firstOf = new Map<number, number>();
  const years = new Set<number>();
  for (let i = 0; i < observations.size; i++) {
    const time = times[i] as number;
    years.add(time);
    const series = (observations.keys[i] as number) - time * timeWeight;
    const first = firstOf.get(series);
    if (first === undefined || time < (times[first] as number)) firstOf.set(series, i);
  }
  const firstYear = Math.min(...years);
  const publishedYears = new Set<number>();
  for (const points of index.bySeries.values()) for (const p of points) publishedYears.add(p.time);
  const firstYearPublished = publishedYears.has(firstYear);
  const breakdowns = listBreakdownDimensions(codec);

  for (const [series, i] of firstOf) {
    if (index.bySeries.has(series)) continue;
    const cause = findStartCause(codec, breakdowns, series, (s) => index.bySeries.has(s));
    if (cause === undefined) continue;
    const params = {
      variant: 'start',
      series: describeSeries(codec, series),
      year: codec.codeOf(timeDim, times[i] as number),
      dimension: cause,
    };
    const issue = createIssue('SERIES_BREAK', locate(state, i), params);
    issue.group = `SERIES_BREAK:start:${cause}`;
    state.log.add(issue);
  }

  for (const [series, points] of index.bySeries) {
    const gap = findStop(points, firstYear, years, (time) => {
      if (time >= firstYear) return observations.find(series + time * timeWeight) !== undefined;
      if (firstOf.has(series)) return true;
      // Published for the first year already, without this series: it stopped before this file.
      return firstYearPublished && !points.some((p) => p.time === firstYear);
    });
    if (gap === undefined) continue;
    const cause = findStopCause(
      codec,
      breakdowns,
      series,
      (s) => observations.find(s + gap.year * timeWeight) !== undefined,
    );
    const params = {
      variant: 'stop',
      series: describeSeries(codec, series),
      year: codec.codeOf(timeDim, gap.year),
      lastYear: codec.codeOf(timeDim, gap.published),
      dimension: cause,
    };
    const issue = createIssue('SERIES_BREAK', {}, params);
    issue.group = `SERIES_BREAK:stop:${cause}`;
    state.log.add(issue);
  }
}

/**
 * The first year the submission leaves a published series out: a year it reports for which
 * the series was published, or its first year when the series was published the year before.
 */
function findStop(
  points: readonly { time: number }[],
  firstYear: number,
  years: ReadonlySet<number>,
  isReported: (time: number) => boolean,
): { year: number; published: number } | undefined {
  let found: { year: number; published: number } | undefined;
  for (const { time } of points) {
    const within = years.has(time);
    if (!within && time !== firstYear - 1) continue;
    if (isReported(time)) continue;
    const year = within ? time : firstYear;
    // The earliest year; for it, the same year published (a cell dropped) before the year before.
    if (!found || year < found.year || (year === found.year && time > found.published))
      found = { year, published: time };
  }
  return found;
}

interface Breakdown {
  id: string;
  d: number;
  weight: number;
  total: number;
}

/** The dimensions a series breaks down by (those with a `_T`), in the table's order. */
function listBreakdownDimensions(codec: KeyCodec): Breakdown[] {
  return codec.dimensions.flatMap((id, d) => {
    const total = codec.totalDigit(d);
    return FIXED.has(id) || total < 0 ? [] : [{ id, d, weight: codec.weight(d), total }];
  });
}

function digitOf(series: number, b: Breakdown, codec: KeyCodec): number {
  return Math.floor(series / b.weight) % codec.radix(b.d);
}

/** The series with dimension `b` at its total. */
function parentOf(series: number, b: Breakdown, codec: KeyCodec): number {
  return series + (b.total - digitOf(series, b, codec)) * b.weight;
}

/** The series with every dimension but `b` at its total: the code's own line. */
function marginalOf(series: number, b: Breakdown, breakdowns: readonly Breakdown[], codec: KeyCodec): number {
  let marginal = series;
  for (const other of breakdowns) if (other !== b) marginal = parentOf(marginal, other, codec);
  return marginal;
}

/**
 * Why a never-published series starts, or undefined when none of its parents was published
 * (then it is no news of its own: a parent of it is flagged, or nothing was ever published).
 * A code never published on its own line (a new country of birth) is the cause; else the
 * breakdown that crosses published lines (sex within countries of birth), the last in the table's order.
 */
function findStartCause(
  codec: KeyCodec,
  breakdowns: readonly Breakdown[],
  series: number,
  isPublished: (series: number) => boolean,
): string | undefined {
  const split = breakdowns.filter((b) => digitOf(series, b, codec) !== b.total);
  if (!split.some((b) => isPublished(parentOf(series, b, codec)))) return undefined;
  const newCode = split.find((b) => !isPublished(marginalOf(series, b, breakdowns, codec)));
  return (newCode ?? split.at(-1))?.id;
}

/** The breakdown a stopped series belongs to: the one whose total the file still reports. */
function findStopCause(
  codec: KeyCodec,
  breakdowns: readonly Breakdown[],
  series: number,
  isReported: (series: number) => boolean,
): string {
  const split = breakdowns.filter((b) => digitOf(series, b, codec) !== b.total);
  const kept = split.find((b) => isReported(parentOf(series, b, codec)));
  return (kept ?? split[0])?.id ?? 'TOTAL';
}

/** "COUNTRY_OF_BIRTH=CAN, SEX=_T, AGE=_T": the series' codes, rendered in words later. */
function describeSeries(codec: KeyCodec, series: number): string {
  const parts: string[] = [];
  codec.dimensions.forEach((id, d) => {
    if (FIXED.has(id)) return;
    const digit = Math.floor(series / codec.weight(d)) % codec.radix(d);
    parts.push(`${id}=${codec.codeOf(d, digit)}`);
  });
  return parts.join(', ');
}
