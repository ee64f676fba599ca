// The foreign-born population of a country: its trend, its share of the mid-year population
// (FB_SHARE), women and men, and the main countries of birth in the latest year that has them.
import type { ReportData } from '../data/load-report-data.js';
import { deriveFigure, type Figure, figureOf, isSameEdition } from './figure.js';
import { computeShare } from './indicator-formulas.js';
import {
  findLatestBreakdownPeriod,
  listTopParts,
  type PartShare,
  readTrend,
  type Trend,
} from './series-helpers.js';

export interface StockFigures extends Trend {
  /** FB_SHARE of each period that has a population figure. */
  shares: Figure[];
  latestShare?: Figure;
  women?: Figure;
  men?: Figure;
  womenShare?: Figure;
  origins?: { year: string; items: PartShare[] };
  /** Every period's total, women and men. */
  bySex: { year: string; total: Figure; women?: Figure; men?: Figure }[];
}

export function assembleStockFigures(data: ReportData, iso3: string): StockFigures | undefined {
  const key = { REF_AREA: iso3 };
  const trend = readTrend(data.stock, key, 'previous-period');
  if (!trend) return undefined;
  const shareOf = (stock: Figure) => {
    const pop = data.population.get({ REF_AREA: iso3, COMPONENT: 'POP', TIME_PERIOD: stock.year });
    const population = pop ? figureOf(pop) : undefined;
    if (!population || !isSameEdition(stock, population)) return undefined;
    return deriveFigure([stock, population], computeShare, stock.year);
  };
  const shares = trend.series.map(shareOf).filter((f): f is Figure => f !== undefined);
  const year = trend.latest.year;
  const cellOf = (sex: string) => data.stock.get({ REF_AREA: iso3, SEX: sex, TIME_PERIOD: year });
  const women = cellOf('F');
  const men = cellOf('M');
  const womenFigure = women ? figureOf(women) : undefined;
  const originYear = findLatestBreakdownPeriod(data.stock, key, 'COUNTRY_OF_BIRTH');
  const latestShare = shareOf(trend.latest);
  const womenShare = deriveFigure([womenFigure, trend.latest], computeShare, year);
  const sexAt = (sex: string, at: string) => {
    const cell = data.stock.get({ REF_AREA: iso3, SEX: sex, TIME_PERIOD: at });
    return cell ? figureOf(cell) : undefined;
  };
  const bySex = trend.series.map((total) => {
    const w = sexAt('F', total.year);
    const m = sexAt('M', total.year);
    return { year: total.year, total, ...(w ? { women: w } : {}), ...(m ? { men: m } : {}) };
  });
  return {
    ...trend,
    bySex,
    shares,
    ...(latestShare ? { latestShare } : {}),
    ...(womenFigure ? { women: womenFigure } : {}),
    ...(men ? { men: figureOf(men) } : {}),
    ...(womenShare ? { womenShare } : {}),
    ...(originYear
      ? {
          origins: {
            year: originYear,
            items: listTopParts(data.stock, { ...key, TIME_PERIOD: originYear }, 'COUNTRY_OF_BIRTH', 10),
          },
        }
      : {}),
  };
}
