// The figures of the regional overview. Regional totals add up the member states that publish
// the figure and always say how many they cover (n of N), because a sum over fewer countries
// is not the region. Trends compare the same countries in both years, and only those whose two
// figures are comparable (same source and edition, no break: FRAMEWORK §7, §9); the yearly
// trend leaves out years a country has only from an older edition (IMS2019's 2019).
import { GROUPINGS, UNDIRECTED_STATUSES } from '../../framework/index.js';
import type { ReportData } from '../data/load-report-data.js';
import type { CountryFigures } from './country-figures.js';
import { deriveFigure, type Figure, figureOf, hasValue, sumFigures } from './figure.js';
import { computeChangePct, computeShare } from './indicator-formulas.js';
import { compareFigures } from './series-helpers.js';

export interface CountryStock {
  iso3: string;
  stock?: Figure;
  earlier?: Figure;
  share?: Figure;
  change?: Figure;
}

export interface Aggregate {
  stock?: Figure;
  share?: Figure;
  covered: number;
  of: number;
  /** Covered members whose figure carries D (definition differs), U or E (FRAMEWORK §7). */
  flagged: Record<string, number>;
}

function countFlagged(figures: readonly (Figure | undefined)[]): Record<string, number> {
  return Object.fromEntries(
    ['D', 'U', 'E'].map((flag) => [flag, figures.filter((f) => f?.flags.includes(flag)).length]),
  );
}

export interface Corridor {
  origin: string;
  destination: string;
  value: number;
}

export interface RegionalFigures {
  countries: string[];
  year?: string;
  earlierYear?: string;
  stocks: CountryStock[];
  total: Aggregate;
  /** Change between the two years for the countries that have both. */
  change?: { value: Figure; covered: number };
  /** Yearly totals over the countries that publish every one of those years. */
  trend: { year: string; value: number | null }[];
  trendCovered: number;
  groupings: (Aggregate & { id: string })[];
  corridorYear?: string;
  corridors: Corridor[];
}

function bestCoveredYear(data: ReportData, countries: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const iso3 of countries) {
    for (const year of data.stock.periods({ REF_AREA: iso3 })) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0];
}

function stockAt(data: ReportData, iso3: string, year: string | undefined): Figure | undefined {
  const cell = year ? data.stock.get({ REF_AREA: iso3, TIME_PERIOD: year }) : undefined;
  return cell ? figureOf(cell) : undefined;
}

function populationAt(data: ReportData, iso3: string, year: string): Figure | undefined {
  const cell = data.population.get({ REF_AREA: iso3, COMPONENT: 'POP', TIME_PERIOD: year });
  return cell ? figureOf(cell) : undefined;
}

function aggregate(data: ReportData, members: readonly string[], year: string | undefined): Aggregate {
  if (!year) return { covered: 0, of: members.length, flagged: countFlagged([]) };
  const pairs = members.map((iso3) => ({
    stock: stockAt(data, iso3, year),
    pop: populationAt(data, iso3, year),
  }));
  const withStock = pairs.filter((p) => hasValue(p.stock));
  const withBoth = withStock.filter((p) => hasValue(p.pop));
  const stock = sumFigures(
    withStock.map((p) => p.stock),
    year,
  );
  const share = deriveFigure(
    [
      sumFigures(
        withBoth.map((p) => p.stock),
        year,
      ),
      sumFigures(
        withBoth.map((p) => p.pop),
        year,
      ),
    ],
    computeShare,
    year,
  );
  return {
    ...(stock ? { stock } : {}),
    ...(share ? { share } : {}),
    covered: withStock.length,
    of: members.length,
    flagged: countFlagged(withStock.map((p) => p.stock)),
  };
}

export function assembleRegionalFigures(
  data: ReportData,
  countries: readonly string[],
  notes: ReadonlyMap<string, CountryFigures>,
): RegionalFigures {
  const year = bestCoveredYear(data, countries);
  const years = [...new Set(countries.flatMap((c) => data.stock.periods({ REF_AREA: c })))].sort();
  const earlierYear = year
    ? ([...years].reverse().find((y) => Number(y) <= Number(year) - 10) ?? years[0])
    : undefined;
  const stocks = countries.map((iso3): CountryStock => {
    const stock = stockAt(data, iso3, year);
    const earlier = earlierYear !== year ? stockAt(data, iso3, earlierYear) : undefined;
    const pop = year ? populationAt(data, iso3, year) : undefined;
    const share = deriveFigure([stock, pop], computeShare, year);
    const change = stock && earlier ? compareFigures(stock, earlier).change : undefined;
    return {
      iso3,
      ...(stock ? { stock } : {}),
      ...(earlier ? { earlier } : {}),
      ...(share ? { share } : {}),
      ...(change ? { change } : {}),
    };
  });
  const both = stocks.filter((s) => hasValue(s.change));
  const summed = deriveFigure(
    [
      sumFigures(
        both.map((s) => s.stock),
        year,
      ),
      sumFigures(
        both.map((s) => s.earlier),
        earlierYear,
      ),
    ],
    computeChangePct,
    year,
  );
  const changeValue = summed
    ? { ...summed, directional: !summed.flags.some((f) => UNDIRECTED_STATUSES.has(f)) }
    : undefined;
  const constant = countries.filter((iso3) => years.every((y) => hasValue(stockAt(data, iso3, y))));
  const trendYears = years.filter((y) => constant.every((iso3) => isOfLatestEdition(data, iso3, y)));
  const trend = trendYears.map((y) => ({
    year: y,
    value:
      sumFigures(
        constant.map((c) => stockAt(data, c, y)),
        y,
      )?.value ?? null,
  }));
  const corridorYear = findCorridorYear(notes);
  return {
    countries: [...countries],
    ...(year ? { year } : {}),
    ...(earlierYear && earlierYear !== year ? { earlierYear } : {}),
    stocks,
    total: aggregate(data, countries, year),
    ...(changeValue && both.length > 0 ? { change: { value: changeValue, covered: both.length } } : {}),
    trend: constant.length > 0 ? trend : [],
    trendCovered: constant.length,
    groupings: GROUPINGS.map((g) => ({
      id: g.id,
      ...aggregate(
        data,
        g.members.filter((m) => countries.includes(m)),
        year,
      ),
    })),
    ...(corridorYear ? { corridorYear } : {}),
    corridors: corridorYear ? listCorridors(data, countries, corridorYear) : [],
  };
}

/** True when a country's figure of `year` comes from the same edition as its latest one. */
function isOfLatestEdition(data: ReportData, iso3: string, year: string): boolean {
  const series = data.stock.series({ REF_AREA: iso3 });
  const latest = series.at(-1)?.origin;
  const cell = series.find((c) => c.key.TIME_PERIOD === year);
  if (!latest || !cell?.origin) return true;
  return cell.origin.source !== latest.source || cell.origin.edition === latest.edition;
}

function findCorridorYear(notes: ReadonlyMap<string, CountryFigures>): string | undefined {
  const counts = new Map<string, number>();
  for (const f of notes.values()) {
    const year = f.stock?.origins?.year;
    if (year) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0];
}

const UNNAMED = new Set(['_U', '_T', 'OTH', 'XXA']);

/** The 15 largest (country of birth → country of residence) stocks of `year`. */
function listCorridors(data: ReportData, countries: readonly string[], year: string): Corridor[] {
  const out: Corridor[] = [];
  for (const destination of countries) {
    for (const cell of data.stock.breakdown(
      { REF_AREA: destination, TIME_PERIOD: year },
      'COUNTRY_OF_BIRTH',
    )) {
      const origin = cell.key.COUNTRY_OF_BIRTH ?? '';
      if (cell.value !== null && cell.value > 0 && !UNNAMED.has(origin))
        out.push({ origin, destination, value: cell.value });
    }
  }
  return out.sort((a, b) => b.value - a.value || a.origin.localeCompare(b.origin)).slice(0, 15);
}
