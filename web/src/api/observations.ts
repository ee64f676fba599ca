// Small reductions of /api/data observations that several pages share.
import type { DataObservation } from './types';

export interface DatedValue {
  period: string;
  value: number;
  observation: DataObservation;
}

/** The latest non-empty value of each reporting country. */
export function latestByCountry(observations: readonly DataObservation[]): Map<string, DatedValue> {
  const latest = new Map<string, DatedValue>();
  for (const observation of observations) {
    const area = observation.key.REF_AREA;
    const period = observation.key.TIME_PERIOD;
    if (!area || !period || observation.value === null) continue;
    const current = latest.get(area);
    if (!current || period > current.period)
      latest.set(area, { period, value: observation.value, observation });
  }
  return latest;
}

/** The period most countries report last, and the countries reporting it. */
export function commonLatestPeriod(
  latest: ReadonlyMap<string, DatedValue>,
): { period: string; areas: string[] } | null {
  const byPeriod = new Map<string, string[]>();
  for (const [area, { period }] of latest) byPeriod.set(period, [...(byPeriod.get(period) ?? []), area]);
  const ranked = [...byPeriod].sort((a, b) => b[1].length - a[1].length || b[0].localeCompare(a[0]));
  const best = ranked[0];
  return best ? { period: best[0], areas: best[1] } : null;
}

/** Value per country for one period. */
export function valuesInPeriod(
  observations: readonly DataObservation[],
  period: string,
): Map<string, number> {
  const values = new Map<string, number>();
  for (const observation of observations) {
    const area = observation.key.REF_AREA;
    if (area && observation.key.TIME_PERIOD === period && observation.value !== null) {
      values.set(area, observation.value);
    }
  }
  return values;
}

/** A time series of one country, sorted by period. */
export function seriesOf(observations: readonly DataObservation[], area?: string): DatedValue[] {
  return observations
    .filter((o) => o.value !== null && (area === undefined || o.key.REF_AREA === area) && o.key.TIME_PERIOD)
    .map((o) => ({ period: o.key.TIME_PERIOD ?? '', value: o.value as number, observation: o }))
    .sort((a, b) => a.period.localeCompare(b.period));
}

export function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
