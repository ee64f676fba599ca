// Small reads shared by the figure builders: the latest and previous point of a series, the
// change between them, and the largest parts of a breakdown.
import type { CellIndex } from '../data/cell-index.js';
import type { ReportCell } from '../data/report-data-source.js';
import { deriveFigure, type Figure, figureOf } from './figure.js';
import { computeChangePct, computeShare } from './indicator-formulas.js';

export interface Trend {
  series: Figure[];
  latest: Figure;
  previous?: Figure;
  /** CHANGE_PCT from the previous period present in the series. */
  change?: Figure;
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
  const series = index.series(key).map(figureOf);
  // The latest figure is the newest one published or suppressed; a trailing period that is
  // merely not available (status L, M, O) would hide the latest figure that exists.
  const shown = series.filter((f) => f.value !== null || f.suppressed);
  const latest = shown.at(-1) ?? series.at(-1);
  if (!latest) return undefined;
  const before = shown.at(-2);
  const previous =
    compare === 'previous-period' || before?.year === String(Number(latest.year) - 1) ? before : undefined;
  const change = previous ? deriveFigure([latest, previous], computeChangePct, latest.year) : undefined;
  return { series, latest, ...(previous ? { previous } : {}), ...(change ? { change } : {}) };
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
        share: deriveFigure([figure, totalFigure], computeShare),
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
