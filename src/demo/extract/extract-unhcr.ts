// Build-time only: the UNHCR dataset — MIG_ASYLUM new applications by citizenship, 2000–2025.
import { getTable } from '../../framework/index.js';
import { checkFigure, type ExtractedDataset, findValue } from './extracted-dataset.js';
import { readCsvRecords } from './read-csv-records.js';
import { describeSharedFile } from './shared-file.js';
import { ASYLUM_REF, buildAsylumObservations, PROVISIONAL_YEAR } from './unhcr-asylum.js';

const ASYLUM_FILE = 'unhcr-refugees/unhcr_asylum_applications_americas_2000_2025.csv';
const REFERENCE = `${ASYLUM_FILE}: sum of "applied" over rows with app_type N and app_pc P`;

/** Figures summed by hand from the UNHCR rows (persons, application type N). */
const FACTS = [
  { area: 'CAN', citizenship: '_T', year: '2023', value: 146739 },
  { area: 'MEX', citizenship: '_T', year: '2022', value: 118735 },
  { area: 'USA', citizenship: '_T', year: '2023', value: 1176051 },
  { area: 'BRA', citizenship: 'VEN', year: '2019', value: 48456 },
  { area: 'PER', citizenship: 'VEN', year: '2018', value: 190469 },
  { area: 'CRI', citizenship: 'NIC', year: '2022', value: 119425 },
];

export function extractUnhcrDataset(sharedDir: string): ExtractedDataset {
  const table = getTable('MIG_ASYLUM');
  if (!table) throw new Error('framework has no table MIG_ASYLUM');
  const file = describeSharedFile(sharedDir, ASYLUM_FILE);
  const observations = buildAsylumObservations(table, readCsvRecords(file.path));
  return {
    id: 'unhcr-asylum-applications',
    table,
    file: 'mig-asylum-unhcr.csv',
    sourceFiles: { [ASYLUM_REF]: `../shared/data/${ASYLUM_FILE}` },
    source: {
      id: 'UNHCR_ASYLUM_APPLICATIONS',
      publisher: 'Office of the United Nations High Commissioner for Refugees (UNHCR)',
      edition: '2025.12.1',
      editionTitle: 'Refugee Population Statistics Database, via the "refugees" R package 2025.12.1',
      // The copy does not state the day the package version was published: the snapshot's date
      // is the latest it can be, and keeps the releases in publication order.
      published: file.retrieved,
      table: 'asylum_applications (asylum applications by year, country of asylum and country of origin)',
      citation:
        'UNHCR Refugee Data Finder, https://www.unhcr.org/refugee-statistics/ (R package "refugees" 2025.12.1).',
      url: 'https://www.unhcr.org/refugee-statistics/',
      licence: 'CC BY 4.0',
      retrieved: file.retrieved,
      via: file.via,
      notes: [
        'ASYLUM_STAGE NEW_APP = UNHCR application type N (new), summed over procedure types (government, joint, UNHCR) and decision levels; repeat (R), appeal (A), judicial (J) and undocumented types (V, NR, NA, RA, SP, FA) are left out.',
        'Country of asylum = REF_AREA, every OAS member state UNHCR reports on (none for Saint Vincent and the Grenadines); CITIZENSHIP = country of origin; SEX _T.',
        'Persons only. Where a government reports applications as cases (the USA in some years, Argentina and Costa Rica for some origins), the cases are left out and OBS_NOTE gives their number: such a count (and every total it enters) is partial, a lower bound, with OBS_STATUS E; a cell with cases only is empty with OBS_STATUS L.',
        'Origin "Unknown" (UNK) is CITIZENSHIP _U, "Stateless" XXA, "Tibetan" OTH. CITIZENSHIP _T is the sum of the origins.',
        `${PROVISIONAL_YEAR} is the newest year of the release and may be revised or cover part of the year only: OBS_STATUS P (provisional).`,
      ],
    },
    checks: FACTS.map((f) =>
      checkFigure(
        `${f.area} ${f.year} new asylum applications, citizenship ${f.citizenship}`,
        f.value,
        findValue(observations, { REF_AREA: f.area, CITIZENSHIP: f.citizenship, TIME_PERIOD: f.year }),
        REFERENCE,
      ),
    ),
    observations,
  };
}
