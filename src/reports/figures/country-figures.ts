// Every figure of one country note, assembled from the report's data under its pin.
import type { ReportData } from '../data/load-report-data.js';
import { type AsylumFigures, assembleAsylumFigures } from './asylum-figures.js';
import { assembleFlowFigures, type FlowFigures } from './flow-figures.js';
import { assembleLabourFigures, type LabourFigures } from './labour-figures.js';
import { assembleNaturalisationFigures, type NaturalisationFigures } from './naturalisation-figures.js';
import { assembleStockFigures, type StockFigures } from './stock-figures.js';

export interface CountryFigures {
  iso3: string;
  stock?: StockFigures;
  permanent?: FlowFigures;
  temporary?: FlowFigures;
  asylum?: AsylumFigures;
  naturalisation?: NaturalisationFigures;
  labour?: LabourFigures;
}

export function assembleCountryFigures(data: ReportData, iso3: string): CountryFigures {
  const stock = assembleStockFigures(data, iso3);
  const permanent = assembleFlowFigures(data.permanent, data, iso3, 'MIG_CATEGORY', true);
  const temporary = assembleFlowFigures(data.temporary, data, iso3, 'TEMP_PROGRAMME', false);
  const asylum = assembleAsylumFigures(data, iso3);
  const naturalisation = assembleNaturalisationFigures(data, iso3);
  const labour = assembleLabourFigures(data, iso3);
  return {
    iso3,
    ...(stock ? { stock } : {}),
    ...(permanent ? { permanent } : {}),
    ...(temporary ? { temporary } : {}),
    ...(asylum ? { asylum } : {}),
    ...(naturalisation ? { naturalisation } : {}),
    ...(labour ? { labour } : {}),
  };
}

/** True when the country has at least one published figure a note can show. */
export function hasAnyFigure(figures: CountryFigures): boolean {
  return Boolean(
    figures.stock ||
      figures.permanent ||
      figures.temporary ||
      figures.asylum ||
      figures.naturalisation ||
      figures.labour,
  );
}
