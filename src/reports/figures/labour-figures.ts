// Labour-market outcomes of the foreign-born (FB) against the native-born (NB), aged 15–64,
// by sex: participation, employment and unemployment rates and their gaps in percentage points
// (FRAMEWORK §7). Ages 15–64 are the sum of the reported ten-year groups (the aggregate Y15T64
// is derived, never reported); a rate with a missing or suppressed group is not computed.
import type { ReportData } from '../data/load-report-data.js';
import { deriveFigure, type Figure, figureOf, sumFigures } from './figure.js';
import {
  computeEmploymentRate,
  computeGap,
  computeParticipationRate,
  computeUnemploymentRate,
} from './indicator-formulas.js';

export const WORKING_AGE_GROUPS = ['Y15T24', 'Y25T34', 'Y35T44', 'Y45T54', 'Y55T64'] as const;
export const LABOUR_RATES = ['PARTICIPATION_RATE', 'EMPLOYMENT_RATE', 'UNEMPLOYMENT_RATE'] as const;
export type LabourRate = (typeof LABOUR_RATES)[number];
export const LABOUR_SEXES = ['_T', 'F', 'M'] as const;

export interface RateComparison {
  foreignBorn?: Figure;
  nativeBorn?: Figure;
  /** GAP_*: FB − NB, percentage points. */
  gap?: Figure;
}

export interface LabourFigures {
  year: string;
  /** Rate → sex → comparison. */
  rates: Record<LabourRate, Record<(typeof LABOUR_SEXES)[number], RateComparison>>;
}

function workingAge(data: ReportData, key: Record<string, string>): Figure | undefined {
  const parts = WORKING_AGE_GROUPS.map((age) => {
    const cell = data.labour.get({ ...key, AGE: age });
    return cell ? figureOf(cell) : undefined;
  });
  return sumFigures(parts, key.TIME_PERIOD);
}

function ratesOf(data: ReportData, key: Record<string, string>): Record<LabourRate, Figure | undefined> {
  const employed = workingAge(data, { ...key, LF_STATUS: 'EMP' });
  const unemployed = workingAge(data, { ...key, LF_STATUS: 'UNE' });
  const population = workingAge(data, { ...key, LF_STATUS: '_T' });
  return {
    PARTICIPATION_RATE: deriveFigure([employed, unemployed, population], computeParticipationRate),
    EMPLOYMENT_RATE: deriveFigure([employed, population], computeEmploymentRate),
    UNEMPLOYMENT_RATE: deriveFigure([employed, unemployed], computeUnemploymentRate),
  };
}

export function assembleLabourFigures(data: ReportData, iso3: string): LabourFigures | undefined {
  const periods = new Set(
    data.labour.cells.filter((c) => c.key.REF_AREA === iso3).map((c) => c.key.TIME_PERIOD ?? ''),
  );
  const year = [...periods].sort().at(-1);
  if (!year) return undefined;
  const rates = {} as LabourFigures['rates'];
  for (const rate of LABOUR_RATES) rates[rate] = {} as LabourFigures['rates'][LabourRate];
  for (const sex of LABOUR_SEXES) {
    const key = { REF_AREA: iso3, SEX: sex, TIME_PERIOD: year };
    const fb = ratesOf(data, { ...key, BIRTHPLACE: 'FB' });
    const nb = ratesOf(data, { ...key, BIRTHPLACE: 'NB' });
    for (const rate of LABOUR_RATES) {
      const gap = deriveFigure([fb[rate], nb[rate]], computeGap, year);
      rates[rate][sex] = {
        ...(fb[rate] ? { foreignBorn: fb[rate] } : {}),
        ...(nb[rate] ? { nativeBorn: nb[rate] } : {}),
        ...(gap ? { gap } : {}),
      };
    }
  }
  return { year, rates };
}
