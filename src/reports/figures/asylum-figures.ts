// Asylum in a country: new applications (trend, change, women and men, main citizenships) and
// the refugee recognition rate (RECOGNITION_RATE) of the latest year with decisions.
import type { ReportData } from '../data/load-report-data.js';
import { deriveFigure, type Figure, figureOf } from './figure.js';
import { computeRecognitionRate } from './indicator-formulas.js';
import {
  findLatestBreakdownPeriod,
  listTopParts,
  type PartShare,
  readTrend,
  type Trend,
} from './series-helpers.js';

export interface AsylumFigures extends Trend {
  women?: Figure;
  men?: Figure;
  origins?: { year: string; items: PartShare[] };
  recognitionRate?: Figure;
}

export function assembleAsylumFigures(data: ReportData, iso3: string): AsylumFigures | undefined {
  const key = { REF_AREA: iso3, ASYLUM_STAGE: 'NEW_APP' };
  const trend = readTrend(data.asylum, key);
  if (!trend) return undefined;
  const year = trend.latest.year;
  const cellOf = (sex: string) => data.asylum.get({ ...key, SEX: sex, TIME_PERIOD: year });
  const women = cellOf('F');
  const men = cellOf('M');
  const originYear = findLatestBreakdownPeriod(data.asylum, key, 'CITIZENSHIP');
  const recognitionRate = findRecognitionRate(data, iso3);
  return {
    ...trend,
    ...(women ? { women: figureOf(women) } : {}),
    ...(men ? { men: figureOf(men) } : {}),
    ...(originYear
      ? {
          origins: {
            year: originYear,
            items: listTopParts(data.asylum, { ...key, TIME_PERIOD: originYear }, 'CITIZENSHIP', 10),
          },
        }
      : {}),
    ...(recognitionRate ? { recognitionRate } : {}),
  };
}

function findRecognitionRate(data: ReportData, iso3: string): Figure | undefined {
  const stage = (code: string) => data.asylum.series({ REF_AREA: iso3, ASYLUM_STAGE: code });
  const convention = stage('DEC_CONV');
  for (const conv of [...convention].reverse()) {
    const year = conv.key.TIME_PERIOD ?? '';
    const at = (code: string) => data.asylum.get({ REF_AREA: iso3, ASYLUM_STAGE: code, TIME_PERIOD: year });
    const complementary = at('DEC_COMPL');
    const rejected = at('DEC_REJ');
    if (complementary && rejected) {
      return deriveFigure(
        [figureOf(conv), figureOf(complementary), figureOf(rejected)],
        computeRecognitionRate,
        year,
      );
    }
  }
  return undefined;
}
