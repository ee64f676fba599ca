// The regional headline of a table: the total over the countries reporting the most common
// latest period. Countries whose latest figure is older are left out and counted as such,
// so the figure never mixes years silently.
import { commonLatestPeriod, latestByCountry, sum, valuesInPeriod } from '../../api/observations';
import type { DataObservation } from '../../api/types';

export interface Headline {
  period: string;
  total: number;
  countries: number;
}

export function computeHeadline(observations: readonly DataObservation[]): Headline | null {
  const common = commonLatestPeriod(latestByCountry(observations));
  if (!common) return null;
  const values = valuesInPeriod(observations, common.period);
  const areas = common.areas.filter((a) => values.has(a));
  return { period: common.period, total: sum(areas.map((a) => values.get(a) ?? 0)), countries: areas.length };
}

/** Foreign-born share: stock ÷ population × 100 over countries having both in the period. */
export function computeShare(
  stock: readonly DataObservation[],
  population: readonly DataObservation[],
  period: string,
): { share: number; countries: number } | null {
  const stockValues = valuesInPeriod(stock, period);
  const populationValues = valuesInPeriod(population, period);
  const areas = [...stockValues.keys()].filter((a) => (populationValues.get(a) ?? 0) > 0);
  if (areas.length === 0) return null;
  const stockTotal = sum(areas.map((a) => stockValues.get(a) ?? 0));
  const populationTotal = sum(areas.map((a) => populationValues.get(a) ?? 0));
  return { share: (stockTotal / populationTotal) * 100, countries: areas.length };
}

/** Share per country in the period, for the map. */
export function sharesByCountry(
  stock: readonly DataObservation[],
  population: readonly DataObservation[],
  period: string,
): Map<string, number> {
  const stockValues = valuesInPeriod(stock, period);
  const populationValues = valuesInPeriod(population, period);
  const shares = new Map<string, number>();
  for (const [area, value] of stockValues) {
    const pop = populationValues.get(area);
    if (pop && pop > 0) shares.set(area, (value / pop) * 100);
  }
  return shares;
}
