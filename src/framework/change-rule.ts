// FRAMEWORK §7 and §9: a change (CHANGE_PCT, a profile's "change since", a narrative's
// "rose/fell") is computed only between two values of the same source and edition with no
// break between them; otherwise it is absent and says why. A change from inputs flagged
// estimated, provisional, low-reliability or different-definition is computed but flagged,
// and is never told with a direction word: the flagged input could reverse it.
import { propagateStatus, UNDIRECTED_STATUSES } from './status-propagation.js';

/** One point of a series, with the source series and edition it was published in. */
export interface ChangePoint {
  value: number | null;
  status: string;
  /** Reference period (YYYY). */
  year: string;
  /** Stable id of the source series (FRAMEWORK §9). */
  source: string;
  /** Edition within the source. */
  edition: string;
  /** Every status the point carries, when it carries several (a derived figure); else `status`. */
  flags?: readonly string[];
}

/** Why a change is absent. */
export type ChangeAbsence =
  | 'MISSING' // an input has no value (empty or suppressed)
  | 'SOURCE' // the two values come from different sources
  | 'EDITION' // the same source, different editions
  | 'BREAK' // a break in series (B) at the later value
  | 'ZERO_BASE'; // the earlier value is zero

export interface Change {
  from: string;
  to: string;
  /** (Xₜ − Xₛ) ÷ Xₛ × 100; null when absent. */
  value: number | null;
  /** Present when the change is absent: why. */
  absent?: ChangeAbsence;
  /** Gravest propagated status of the two inputs (A when none). */
  status: string;
  /** Every propagated flag of the two inputs. */
  flags: string[];
  /** False when a flagged input (E, P, U, D) could reverse the change: tell it without a direction. */
  directional: boolean;
}

function statusesOf(point: ChangePoint): readonly string[] {
  return point.flags ?? [point.status];
}

export function computeChange(current: ChangePoint, previous: ChangePoint): Change {
  const { status, flags } = propagateStatus([...statusesOf(current), ...statusesOf(previous)]);
  const base = { from: previous.year, to: current.year, status, flags };
  const absent = (reason: ChangeAbsence): Change => ({
    ...base,
    value: null,
    absent: reason,
    directional: false,
  });
  if (current.value === null || previous.value === null) return absent('MISSING');
  if (current.source !== previous.source) return absent('SOURCE');
  if (current.edition !== previous.edition) return absent('EDITION');
  if (statusesOf(current).includes('B')) return absent('BREAK');
  if (previous.value === 0) return absent('ZERO_BASE');
  const value = ((current.value - previous.value) / previous.value) * 100;
  return { ...base, value, directional: !flags.some((f) => UNDIRECTED_STATUSES.has(f)) };
}

/** True when two points may be compared: same source and edition, no break at the later one. */
export function isComparable(current: ChangePoint, previous: ChangePoint): boolean {
  return (
    current.source === previous.source &&
    current.edition === previous.edition &&
    !statusesOf(current).includes('B')
  );
}

/** A point of a series as the edition rule sees it. */
export interface EditionPoint {
  /** The series: every dimension but time. */
  series: string;
  source: string;
  edition: string;
}

/**
 * FRAMEWORK §9: the points of an older edition that stand beside a newer edition of the same
 * source in one series (IMS2019's 2019 beside IMS2020's series) — not spliced into it, so they
 * are marked as a break (B) with a note naming both editions. Returns, per such point's index,
 * the newest edition of its source in the series.
 */
export function findOlderEditionPoints(points: readonly EditionPoint[]): Map<number, string> {
  const newest = new Map<string, string>();
  for (const p of points) {
    const id = `${p.series}\u0001${p.source}`;
    const known = newest.get(id);
    if (known === undefined || known < p.edition) newest.set(id, p.edition);
  }
  const older = new Map<number, string>();
  points.forEach((p, index) => {
    const latest = newest.get(`${p.series}\u0001${p.source}`);
    if (latest !== undefined && latest !== p.edition) older.set(index, latest);
  });
  return older;
}
