// Permanent-type and temporary inflows of a country: the trend of the total, its change
// (CHANGE_PCT), the inflow rate per 1,000 inhabitants (INFLOW_RATE, permanent only), women and
// men, the categories over time and their shares (CATEGORY_SHARE), and the main citizenships.
import type { CellIndex } from '../data/cell-index.js';
import type { ReportData } from '../data/load-report-data.js';
import { deriveFigure, type Figure, figureOf } from './figure.js';
import { computeRatePerThousand } from './indicator-formulas.js';
import {
  findLatestBreakdownPeriod,
  listTopParts,
  type PartShare,
  readTrend,
  type Trend,
} from './series-helpers.js';

export interface CategoryPoint {
  year: string;
  code: string;
  figure: Figure;
}

export interface FlowFigures extends Trend {
  /** INFLOW_RATE of the latest period that has a population figure. */
  rate?: Figure;
  women?: Figure;
  men?: Figure;
  /** Every period's parts along the category dimension, for the chart. */
  categories: CategoryPoint[];
  /** The largest category of the latest period and its CATEGORY_SHARE. */
  topCategory?: PartShare;
  origins?: { year: string; items: PartShare[] };
}

export function assembleFlowFigures(
  index: CellIndex,
  data: ReportData,
  iso3: string,
  categoryDimension: 'MIG_CATEGORY' | 'TEMP_PROGRAMME',
  withRate: boolean,
): FlowFigures | undefined {
  const key = { REF_AREA: iso3 };
  const trend = readTrend(index, key);
  if (!trend) return undefined;
  const year = trend.latest.year;
  const cellOf = (sex: string) => index.get({ REF_AREA: iso3, SEX: sex, TIME_PERIOD: year });
  const women = cellOf('F');
  const men = cellOf('M');
  const categories = trend.series.flatMap((total) =>
    index
      .breakdown({ REF_AREA: iso3, TIME_PERIOD: total.year }, categoryDimension)
      .map((cell) => ({ year: total.year, code: cell.key[categoryDimension] ?? '', figure: figureOf(cell) })),
  );
  const [topCategory] = listTopParts(index, { REF_AREA: iso3, TIME_PERIOD: year }, categoryDimension, 1);
  const originYear = findLatestBreakdownPeriod(index, key, 'CITIZENSHIP');
  const rate = withRate ? findLatestRate(data, iso3, trend.series) : undefined;
  return {
    ...trend,
    ...(rate ? { rate } : {}),
    ...(women ? { women: figureOf(women) } : {}),
    ...(men ? { men: figureOf(men) } : {}),
    categories,
    ...(topCategory ? { topCategory } : {}),
    ...(originYear
      ? {
          origins: {
            year: originYear,
            items: listTopParts(index, { ...key, TIME_PERIOD: originYear }, 'CITIZENSHIP', 10),
          },
        }
      : {}),
  };
}

/** INFLOW_RATE of the newest period for which the mid-year population is published too. */
function findLatestRate(data: ReportData, iso3: string, series: readonly Figure[]): Figure | undefined {
  for (const inflow of [...series].reverse()) {
    const pop = data.population.get({ REF_AREA: iso3, COMPONENT: 'POP', TIME_PERIOD: inflow.year });
    if (pop) return deriveFigure([inflow, figureOf(pop)], computeRatePerThousand, inflow.year);
  }
  return undefined;
}
