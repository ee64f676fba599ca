// Build-time only: the two MIG_INFLOW_PERM datasets — Canada by citizenship from IRCC
// (2015–2025), and totals from the OECD International Migration Outlook 2023 for the other
// OAS members it covers and for Canada's years before IRCC's series. The two never cover the
// same (country, year), since a release replaces what was published for the cells it covers.
import { getTable } from '../../framework/index.js';
import type { Observation } from '../../framework/observation.js';
import type { DemoCheck } from '../demo-dataset.js';
import { checkFigure, type ExtractedDataset, findValue } from './extracted-dataset.js';
import { buildIrccObservations, IRCC_REF } from './ircc-permanent.js';
import { buildOecdInflowObservations, OECD_REF } from './oecd-inflows.js';
import { readCsvRecords } from './read-csv-records.js';
import { readPrefixedXlsxRows } from './read-prefixed-xlsx-rows.js';
import { REFERENCE_VALUES_FILE, readReferenceValues } from './reference-values.js';
import { describeSharedFile } from './shared-file.js';

const IRCC_FILE = 'ircc-canada/ircc_pr_admissions_by_citizenship_monthly_2015_2026.csv';
const OECD_FILE = 'mmbarros/Inflows_of_foreign_population.xlsx';
/** Complete calendar years of the monthly file (2026 stops in May). */
const IRCC_YEARS = ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'];
const IRCC_REFERENCE =
  'IRCC Canada PR admissions by country of citizenship (sum of monthly values rounded to 5)';
const OECD_REFERENCE = 'OECD International Migration Outlook 2023, Table A.1';

export function extractInflowDatasets(sharedDir: string): ExtractedDataset[] {
  const table = getTable('MIG_INFLOW_PERM');
  if (!table) throw new Error('framework has no table MIG_INFLOW_PERM');
  const ircc = describeSharedFile(sharedDir, IRCC_FILE);
  const oecd = describeSharedFile(sharedDir, OECD_FILE);
  const irccObservations = buildIrccObservations(table, readCsvRecords(ircc.path), IRCC_YEARS);
  const oecdRows = readPrefixedXlsxRows(oecd.path);
  const oecdObservations = buildOecdInflowObservations(
    table,
    oecdRows,
    (area, year) => area === 'CAN' && IRCC_YEARS.includes(year),
  );
  const oecdCanada = buildOecdInflowObservations(table, oecdRows, (area) => area !== 'CAN');

  return [
    {
      id: 'ircc-pr-admissions-canada',
      table,
      file: 'mig-inflow-perm-ircc-canada.csv',
      sourceFiles: { [IRCC_REF]: `../shared/data/${IRCC_FILE}` },
      source: {
        id: 'IRCC_PR_ADMISSIONS',
        publisher: 'Immigration, Refugees and Citizenship Canada (IRCC)',
        edition: '2026-05',
        editionTitle:
          'Permanent Residents - Monthly IRCC Updates (open data), January 2015 - May 2026 release',
        // The copy does not state the day IRCC published this update: the snapshot's date is the
        // latest it can be, and keeps the releases in publication order.
        published: ircc.retrieved,
        table: 'EN_ODP-PR-Citz: admissions of permanent residents by country of citizenship and month',
        citation:
          'Immigration, Refugees and Citizenship Canada, Permanent Residents - Monthly IRCC Updates, Open Government Portal.',
        url: 'https://open.canada.ca/data/en/dataset/f7e5498e-0ad8-4417-85c9-9b8aff9b9eda',
        licence: 'Open Government Licence - Canada',
        retrieved: ircc.retrieved,
        via: ircc.via,
        notes: [
          'Annual figures are sums of the twelve monthly figures; complete years 2015-2025 only (2026 is partial). SEX and MIG_CATEGORY are _T.',
          'IRCC rounds every monthly figure to a multiple of 5 and suppresses 0 to 5 ("--", blank in the copy): an annual sum with suppressed months is the sum of the published ones, a lower bound with OBS_STATUS E, and OBS_NOTE says how many are missing and the most they can add; a year with every month suppressed is empty with OBS_STATUS Q.',
          "CITIZENSHIP _T is the sum of the citizenship rows (IRCC's monthly file has no total), so it differs slightly from IRCC's own annual totals.",
          'IRCC names mapped to CL_AREA: "Country not stated" _U, "Stateless" XXA, "Other", Kosovo and the former Netherlands Antilles OTH; Nevis is summed with St. Kitts-Nevis (KNA), Azores with Portugal (PRT); "United Kingdom and Overseas Territories" is GBR.',
          `Canada's total beside OECD International Migration Outlook 2023 Table A.1 (same IRCC admissions, unrounded): ${compareWithOecd(irccObservations, oecdCanada)}.`,
        ],
      },
      checks: [
        crossCheck(
          irccObservations,
          readReferenceValues(sharedDir, IRCC_REFERENCE, 'canada_pr_admissions_by_citizenship'),
          (r) => ({ REF_AREA: 'CAN', CITIZENSHIP: r.iso3, TIME_PERIOD: r.year }),
          'citizenship-years equal to the reference sums',
        ),
      ],
      observations: irccObservations,
    },
    {
      id: 'oecd-imo2023-inflows',
      table,
      file: 'mig-inflow-perm-oecd-imo2023.csv',
      sourceFiles: { [OECD_REF]: `../shared/data/${OECD_FILE}, Table A.1` },
      source: {
        id: 'OECD_IMO_A1',
        publisher: 'OECD',
        edition: '2023',
        editionTitle: 'International Migration Outlook 2023, Statistical annex (version 1, 23 October 2023)',
        published: '2023-10-23',
        table: 'Table A.1. Inflows of foreign population into selected OECD countries (thousands), 2011-2021',
        citation:
          'OECD (2023), International Migration Outlook 2023, OECD Publishing, Paris, https://doi.org/10.1787/b0f40584-en.',
        url: 'https://stat.link/bvoli3',
        licence: 'OECD terms and conditions (http://oe.cd/disclaimer)',
        retrieved: oecd.retrieved,
        via: oecd.via,
        notes: [
          'Totals only (CITIZENSHIP, SEX and MIG_CATEGORY _T) for the OAS members in the table: Canada, Chile, Colombia, Costa Rica, Mexico, United States.',
          'Canada 2015-2021 is left out: those years come from IRCC by citizenship (dataset ircc-pr-admissions-canada).',
          'Published in thousands and stored in persons (x 1000). Chile (2011-2019, 2021) and Costa Rica are published to the hundred; Chile 2020 is not a whole number of persons and is rounded (OBS_NOTE).',
          'Inflows follow national definitions (permits or registrations), not a harmonised permanent-type concept; see the metadata at the end of Table A.2 of the Outlook.',
          '".." (not available) cells are empty with OBS_STATUS O.',
        ],
      },
      checks: [
        checkFigure(
          'USA 2019 inflows',
          1031765,
          findValue(oecdObservations, { REF_AREA: 'USA', TIME_PERIOD: '2019' }),
          'Table A.1, United States, 2019: 1031.765 thousand',
        ),
        checkFigure(
          'MEX 2021 inflows',
          67740,
          findValue(oecdObservations, { REF_AREA: 'MEX', TIME_PERIOD: '2021' }),
          'Table A.1, Mexico, 2021: 67.74 thousand',
        ),
        checkFigure(
          'CAN 2014 inflows',
          260283,
          findValue(oecdObservations, { REF_AREA: 'CAN', TIME_PERIOD: '2014' }),
          'Table A.1, Canada, 2014: 260.283 thousand',
        ),
        crossCheck(
          oecdObservations,
          readReferenceValues(sharedDir, OECD_REFERENCE, 'inflows_foreign_population_thousands').map((r) => ({
            ...r,
            value: Math.round(r.value * 1000),
          })),
          (r) => ({ REF_AREA: r.iso3, CITIZENSHIP: '_T', TIME_PERIOD: r.year }),
          'country-years equal to the reference values (those in this dataset)',
        ),
      ],
      observations: oecdObservations,
    },
  ];
}

/** How many reference figures the extract reproduces, among those whose cell it has. */
function crossCheck(
  observations: readonly Observation[],
  reference: readonly { iso3: string; year: string; value: number }[],
  keyOf: (r: { iso3: string; year: string }) => Record<string, string>,
  what: string,
): DemoCheck {
  const present = reference.filter((r) => findValue(observations, keyOf(r)) !== null);
  const matching = present.filter((r) => findValue(observations, keyOf(r)) === r.value);
  return checkFigure(what, present.length, matching.length, REFERENCE_VALUES_FILE);
}

function compareWithOecd(ircc: readonly Observation[], oecdCanada: readonly Observation[]): string {
  return oecdCanada
    .filter((o) => IRCC_YEARS.includes(o.key.TIME_PERIOD ?? ''))
    .map((o) => {
      const year = o.key.TIME_PERIOD ?? '';
      const sum = findValue(ircc, { CITIZENSHIP: '_T', TIME_PERIOD: year });
      return `${year} ${sum?.toLocaleString('en-US')} vs ${o.value?.toLocaleString('en-US')}`;
    })
    .join('; ');
}
