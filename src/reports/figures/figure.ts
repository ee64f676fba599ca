// A figure of a report: a value with the flags, notes and releases of the cells it comes from.
// A derived figure (a share, a rate, a change) inherits every flag of its inputs (E, P, B, U,
// D propagate) and is not computed when an input is missing or suppressed (FRAMEWORK §7).
import type { ReportCell } from '../data/report-data-source.js';

export interface Figure {
  value: number | null;
  /** Reference period (YYYY). */
  year: string;
  /** True when disclosure control removed an input: the figure is shown as confidential. */
  suppressed: boolean;
  /** OBS_STATUS flags of the inputs other than A (normal) and Q (shown by `suppressed`). */
  flags: string[];
  notes: string[];
  releaseIds: number[];
}

const SUPPRESSED = 'Q';
const PLAIN = new Set(['A', SUPPRESSED]);

export function figureOf(cell: ReportCell): Figure {
  const suppressed = cell.status === SUPPRESSED && cell.value === null;
  return {
    value: cell.value,
    year: cell.key.TIME_PERIOD ?? '',
    suppressed,
    flags: PLAIN.has(cell.status) ? [] : [cell.status],
    notes: cell.note ? [cell.note] : [],
    releaseIds: [cell.releaseId],
  };
}

/** A figure computed from others; null when any input is missing or suppressed. */
export function deriveFigure(
  inputs: readonly (Figure | undefined)[],
  compute: (...values: number[]) => number | null,
  year?: string,
): Figure | undefined {
  const present = inputs.filter((f): f is Figure => f !== undefined);
  if (present.length < inputs.length) return undefined;
  const suppressed = present.some((f) => f.suppressed);
  const values = present.map((f) => f.value);
  const complete = !suppressed && values.every((v): v is number => v !== null);
  const value = complete ? compute(...(values as number[])) : null;
  return {
    value: value !== null && Number.isFinite(value) ? value : null,
    year: year ?? present[0]?.year ?? '',
    suppressed,
    flags: [...new Set(present.flatMap((f) => f.flags))].sort(),
    notes: [...new Set(present.flatMap((f) => f.notes))],
    releaseIds: [...new Set(present.flatMap((f) => f.releaseIds))].sort((a, b) => a - b),
  };
}

/** The sum of cells (an aggregate such as ages 15–64); missing when any part is missing. */
export function sumFigures(parts: readonly (Figure | undefined)[], year?: string): Figure | undefined {
  return deriveFigure(parts, (...values) => values.reduce((a, b) => a + b, 0), year);
}

export function hasValue(figure: Figure | undefined): figure is Figure & { value: number } {
  return figure !== undefined && figure.value !== null;
}
