// Acquisitions of nationality: the trend, women and men, and the naturalisation rate
// (NATURALISATION_RATE: acquisitions in t over the foreign-national stock at the end of t−1).
import type { ReportData } from '../data/load-report-data.js';
import { deriveFigure, type Figure, figureOf } from './figure.js';
import { computeNaturalisationRate } from './indicator-formulas.js';
import { readTrend, type Trend } from './series-helpers.js';

export interface NaturalisationFigures extends Trend {
  women?: Figure;
  men?: Figure;
  rate?: Figure;
}

export function assembleNaturalisationFigures(
  data: ReportData,
  iso3: string,
): NaturalisationFigures | undefined {
  const trend = readTrend(data.naturalisation, { REF_AREA: iso3 });
  if (!trend) return undefined;
  const year = trend.latest.year;
  const cellOf = (sex: string) => data.naturalisation.get({ REF_AREA: iso3, SEX: sex, TIME_PERIOD: year });
  const women = cellOf('F');
  const men = cellOf('M');
  const stockBefore = data.nationals.get({ REF_AREA: iso3, TIME_PERIOD: String(Number(year) - 1) });
  const rate = stockBefore
    ? deriveFigure([trend.latest, figureOf(stockBefore)], computeNaturalisationRate, year)
    : undefined;
  return {
    ...trend,
    ...(women ? { women: figureOf(women) } : {}),
    ...(men ? { men: figureOf(men) } : {}),
    ...(rate ? { rate } : {}),
  };
}
