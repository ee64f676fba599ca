// Build-time only: the shared snapshot's own reference values (derived/external_check_values.csv),
// figures read independently from the same sources, to cross-check the extract.

import { readCsvRecords } from './read-csv-records.js';
import { describeSharedFile } from './shared-file.js';

export const REFERENCE_VALUES_FILE = 'derived/external_check_values.csv';

export interface ReferenceValue {
  iso3: string;
  year: string;
  value: number;
}

export function readReferenceValues(sharedDir: string, source: string, indicator: string): ReferenceValue[] {
  const { path } = describeSharedFile(sharedDir, REFERENCE_VALUES_FILE);
  return readCsvRecords(path)
    .filter((r) => r.source === source && r.indicator === indicator)
    .map((r) => ({ iso3: r.iso3 ?? '', year: r.year ?? '', value: Number(r.value) }));
}
