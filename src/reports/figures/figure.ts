// A figure of a report: a value with the flags, notes and releases of the cells it comes from.
// A derived figure (a share, a rate, a change) inherits every flag of its inputs (E, P, B, U,
// D propagate) and is not computed when an input is missing or suppressed (FRAMEWORK §7).
import type { ReleaseOrigin } from '../../dissemination/release-origin.js';
import type { ChangeAbsence } from '../../framework/index.js';
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
  /** Source series and edition, when every input comes from one (FRAMEWORK §9). */
  origin?: ReleaseOrigin;
  /** For a change: false when a flagged input (E, P, U, D) could reverse it — no direction word. */
  directional?: boolean;
}

/** A change that is not computed, and why: the report says so instead of a number. */
export interface AbsentChange {
  reason: ChangeAbsence;
  previous: Figure;
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
    ...(cell.origin ? { origin: cell.origin } : {}),
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
  const origin = present[0]?.origin;
  const sameOrigin =
    origin !== undefined &&
    present.every((f) => f.origin?.source === origin.source && f.origin?.edition === origin.edition);
  return {
    ...(sameOrigin ? { origin } : {}),
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

/**
 * False when two figures come from different editions of one source: a share or ratio is
 * computed within one edition (FRAMEWORK §9), never an older edition's part over a newer total.
 */
export function isSameEdition(a: Figure | undefined, b: Figure | undefined): boolean {
  if (!a?.origin || !b?.origin || a.origin.source !== b.origin.source) return true;
  return a.origin.edition === b.origin.edition;
}
