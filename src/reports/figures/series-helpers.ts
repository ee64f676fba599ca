// Small reads shared by the figure builders: the latest and previous point of a series, the
// change between them under the change rule of FRAMEWORK §7/§9, and the largest parts of a
// breakdown. A point of an older edition shown beside a newer edition's series (IMS2019's 2019
// beside IMS2020) is marked as a break with a note naming both editions, and no change is
// computed between it and the newer series.
import { type ChangePoint, computeChange, findOlderEditionPoints } from '../../framework/index.js';
import type { CellIndex } from '../data/cell-index.js';
import type { ReportCell } from '../data/report-data-source.js';
import { type AbsentChange, deriveFigure, type Figure, figureOf, isSameEdition } from './figure.js';
import { computeShare } from './indicator-formulas.js';

export interface Trend {
  series: Figure[];
  latest: Figure;
  previous?: Figure;
  /** CHANGE_PCT from the previous comparable period, flagged when its inputs are. */
  change?: Figure;
  /** The change that is not computed (across a source, an edition or a break), and why. */
  changeAbsent?: AbsentChange;
}

const BREAK = 'B';

/** Marks the points of an older edition that a newer edition of the same source leaves standing. */
export function markEditionBreaks(series: readonly Figure[]): Figure[] {
  const older = findOlderEditionPoints(
    series.map((f) => ({
      series: '',
      source: f.origin?.source ?? `release-${f.releaseIds.join('+')}`,
      edition: f.origin?.edition ?? '',
    })),
  );
  const titleOf = (edition: string | undefined, source: string | undefined) =>
    series.find((f) => f.origin?.source === source && f.origin?.edition === edition)?.origin?.title ?? '';
  return series.map((f, index) => {
    const newest = older.get(index);
    if (!f.origin || newest === undefined) return f;
    const latest = { title: titleOf(newest, f.origin.source) };
    const note = `${f.origin.title}: ${latest.title} does not estimate ${f.year}; not comparable with its series (break in series)`;
    return {
      ...f,
      flags: f.flags.includes(BREAK) ? f.flags : [...f.flags, BREAK].sort(),
      notes: [...f.notes, note],
    };
  });
}

function pointOf(f: Figure): ChangePoint {
  return {
    value: f.value,
    status: f.flags[0] ?? 'A',
    flags: f.flags,
    year: f.year,
    source: f.origin?.source ?? `release-${f.releaseIds.join('+')}`,
    edition: f.origin?.edition ?? '',
  };
}

/** The change from `previous` to `latest`, or why there is none. */
export function compareFigures(
  latest: Figure,
  previous: Figure,
): { change?: Figure; changeAbsent?: AbsentChange } {
  if (latest.suppressed || previous.suppressed) return {};
  const change = computeChange(pointOf(latest), pointOf(previous));
  if (change.absent) return { changeAbsent: { reason: change.absent, previous } };
  const figure = deriveFigure([latest, previous], () => change.value, latest.year);
  return figure ? { change: { ...figure, directional: change.directional } } : {};
}

/**
 * The trend of one series; undefined when it has no cell. Flows compare with the year before
 * only (CHANGE_PCT is Xₜ against Xₜ₋₁); stocks, counted at irregular dates, with the previous one.
 */
export function readTrend(
  index: CellIndex,
  key: Readonly<Record<string, string>>,
  compare: 'previous-year' | 'previous-period' = 'previous-year',
): Trend | undefined {
  return summariseTrend(index.series(key).map(figureOf), compare);
}

/** The trend of a series of figures in time order (edition breaks marked here). */
export function summariseTrend(
  figures: readonly Figure[],
  compare: 'previous-year' | 'previous-period',
): Trend | undefined {
  const series = markEditionBreaks(figures);
  // The latest figure is the newest one published or suppressed; a trailing period that is
  // merely not available (status L, M, O) would hide the latest figure that exists.
  const shown = series.filter((f) => f.value !== null || f.suppressed);
  const latest = shown.at(-1) ?? series.at(-1);
  if (!latest) return undefined;
  const earlier = shown.filter((f) => f.year < latest.year);
  const before = earlier.at(-1);
  // Stocks compare with the previous period of the same source and edition when there is one
  // (IMS2020's 2020 with its 2015, not with IMS2019's 2019); flows with the year before only.
  const sameSeries = earlier
    .filter(
      (f) =>
        f.origin !== undefined &&
        f.origin.source === latest.origin?.source &&
        f.origin.edition === latest.origin?.edition,
    )
    .at(-1);
  const previous =
    compare === 'previous-period'
      ? (sameSeries ?? before)
      : before?.year === String(Number(latest.year) - 1)
        ? before
        : undefined;
  const compared = previous ? compareFigures(latest, previous) : {};
  return { series, latest, ...(previous ? { previous } : {}), ...compared };
}

export interface PartShare {
  code: string;
  figure: Figure;
  /** Share of the total, percent. */
  share: Figure | undefined;
}

/** Codes that are not a country (or category) a reader would name as a main one. */
const UNNAMED = new Set(['_U', '_T', 'OTH', 'XXA']);

/** The `limit` largest named parts of a total along `along`, with their share of it. */
export function listTopParts(
  index: CellIndex,
  key: Readonly<Record<string, string>>,
  along: string,
  limit: number,
): PartShare[] {
  const total = index.get(key);
  const totalFigure = total ? figureOf(total) : undefined;
  return index
    .breakdown(key, along)
    .filter(
      (c): c is ReportCell & { value: number } =>
        c.value !== null && c.value > 0 && !UNNAMED.has(c.key[along] ?? ''),
    )
    .sort((a, b) => b.value - a.value || (a.key[along] ?? '').localeCompare(b.key[along] ?? ''))
    .slice(0, limit)
    .map((cell) => {
      const figure = figureOf(cell);
      return {
        code: cell.key[along] ?? '',
        figure,
        share: isSameEdition(figure, totalFigure)
          ? deriveFigure([figure, totalFigure], computeShare)
          : undefined,
      };
    });
}

/** The latest period at which a total has a breakdown along `along`, newest first. */
export function findLatestBreakdownPeriod(
  index: CellIndex,
  key: Readonly<Record<string, string>>,
  along: string,
): string | undefined {
  const periods = index.periods(key).reverse();
  return periods.find((p) =>
    index.breakdown({ ...key, TIME_PERIOD: p }, along).some((c) => !UNNAMED.has(c.key[along] ?? '')),
  );
}
