// Build-time only: the four UN DESA datasets — MIG_STOCK_FB and POP_CONTEXT from International
// Migrant Stock 2019 (1990–2019) and from International Migrant Stock 2020 (1990–2020). The 2020
// edition is a revision of the 2019 one (FRAMEWORK §9): it changed method (refugees and displaced
// Venezuelans added) and re-estimated every earlier year, so its whole series is loaded and
// revises the cells it covers; IMS2019's 2019 point, which IMS2020 does not estimate, stays.
import { getTable, MEMBER_STATES } from '../../framework/index.js';
import type { TableDef } from '../../framework/types.js';
import type { DemoCheck } from '../demo-dataset.js';
import { checkFigure, type ExtractedDataset, findValue } from './extracted-dataset.js';
import { readUndesaTable } from './read-undesa-table.js';
import { REFERENCE_VALUES_FILE, readReferenceValues } from './reference-values.js';
import { describeSharedFile, joinVia } from './shared-file.js';
import { buildPopulationObservations, POPULATION_REF } from './undesa-population.js';
import { buildStockObservations, ORIGINS_REF, readBilateralStocks, TOTALS_REF } from './undesa-stock.js';

const IMS2019_FILE = 'undesa-guyabel/undesa_pd_2019_migrant_stock_total_dataset.xlsx';
const IMS2020_FILE = 'undesa-guyabel/undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx';
const BILATERAL_FILE = 'derived/undesa_ims2019_bilateral_oas_long.csv';
/** The origin-by-destination matrix BILATERAL_FILE was derived from. */
const MATRIX_FILE = 'undesa-guyabel/UN_MigrantStockByOriginAndDestination_2019_clean.csv';

const IMS2019_YEARS = ['1990', '1995', '2000', '2005', '2010', '2015', '2019'];
const IMS2020_YEARS = ['1990', '1995', '2000', '2005', '2010', '2015', '2020'];
const SOURCE_ID = 'UNDESA_IMS';
/** UN DESA released IMS2019 on 17 September 2019 and IMS2020 on 15 January 2021. */
const IMS2019_PUBLISHED = '2019-09-17';
const IMS2020_PUBLISHED = '2021-01-15';
const IMS2019_TITLE = 'International Migrant Stock 2019 (POP/DB/MIG/Stock/Rev.2019)';
const IMS2020_TITLE = 'International Migrant Stock 2020 (POP/DB/MIG/Stock/Rev.2020)';
const LICENCE = 'CC BY 3.0 IGO (http://creativecommons.org/licenses/by/3.0/igo/)';
const IMS2019_CITATION =
  'United Nations, Department of Economic and Social Affairs, Population Division (2019). International Migrant Stock 2019 (United Nations database, POP/DB/MIG/Stock/Rev.2019).';
const IMS2020_CITATION =
  'United Nations Department of Economic and Social Affairs, Population Division (2020). International Migrant Stock 2020 (POP/DB/MIG/Stock/Rev.2020).';
const IMS2019_URL =
  'https://www.un.org/en/development/desa/population/migration/data/estimates2/estimates19.asp';
const IMS2020_URL = 'https://www.un.org/development/desa/pd/content/international-migrant-stock';
const TYPE_OF_DATA_NOTE =
  'UN DESA "type of data" per country: B foreign-born, C foreign citizens (OBS_STATUS D, definition differs: e.g. Suriname), R refugees added, I imputed (OBS_STATUS E); the code is in OBS_NOTE on the total rows when it is not plain B.';

/** Published figures read off the workbooks (row numbers are Excel rows). */
const STOCK_2019_FACTS = [
  { iso3: 'ARG', sex: '_T', value: 2212879, cell: 'Table 1 row 198 (Argentina), 2019 both sexes' },
  { iso3: 'ARG', sex: 'F', value: 1194306, cell: 'Table 1 row 198 (Argentina), 2019 female' },
  {
    iso3: 'USA',
    sex: '_T',
    value: 50661149,
    cell: 'Table 1 row 299 (United States of America), 2019 both sexes',
  },
  { iso3: 'CAN', sex: '_T', value: 7960657, cell: 'Table 1 row 296 (Canada), 2019 both sexes' },
];
const STOCK_2020_FACTS = [
  { iso3: 'ARG', sex: '_T', value: 2281728, cell: 'Table 1 row 247 (Argentina), 2020 both sexes' },
  { iso3: 'CAN', sex: '_T', value: 8049323, cell: 'Table 1 row 263 (Canada), 2020 both sexes' },
  {
    iso3: 'USA',
    sex: '_T',
    value: 50632836,
    cell: 'Table 1 row 266 (United States of America), 2020 both sexes',
  },
];

/** A workbook sheet as SOURCE_REF legends name it. */
function sheetOf(file: string, sheet: string): string {
  return `../shared/data/${file}, sheet "${sheet}"`;
}

function requireTable(id: string): TableDef {
  const table = getTable(id);
  if (!table) throw new Error(`framework has no table ${id}`);
  return table;
}

export async function extractUndesaDatasets(sharedDir: string): Promise<ExtractedDataset[]> {
  const stockTable = requireTable('MIG_STOCK_FB');
  const popTable = requireTable('POP_CONTEXT');
  const ims2019 = describeSharedFile(sharedDir, IMS2019_FILE);
  const ims2020 = describeSharedFile(sharedDir, IMS2020_FILE);
  const bilateral = describeSharedFile(sharedDir, BILATERAL_FILE);
  const origins = readBilateralStocks(bilateral.path);

  const stock2019 = buildStockObservations(
    stockTable,
    await readUndesaTable(ims2019.path, 'Table 1'),
    IMS2019_YEARS,
    origins,
  );
  const stock2020 = buildStockObservations(
    stockTable,
    await readUndesaTable(ims2020.path, 'Table 1'),
    IMS2020_YEARS,
  );
  const pop2019 = buildPopulationObservations(
    popTable,
    await readUndesaTable(ims2019.path, 'Table 2'),
    IMS2019_YEARS,
  );
  const pop2020 = buildPopulationObservations(
    popTable,
    await readUndesaTable(ims2020.path, 'Table 2'),
    IMS2020_YEARS,
  );

  const stockFacts = (facts: typeof STOCK_2019_FACTS, year: string, observations: typeof stock2019) =>
    facts.map((f) =>
      checkFigure(
        `${f.iso3} ${year} foreign-born stock, sex ${f.sex}`,
        f.value,
        findValue(observations, { REF_AREA: f.iso3, COUNTRY_OF_BIRTH: '_T', SEX: f.sex, TIME_PERIOD: year }),
        f.cell,
      ),
    );

  return [
    {
      id: 'undesa-ims2019-stock',
      table: stockTable,
      file: 'mig-stock-fb-undesa-ims2019.csv',
      sourceFiles: {
        [TOTALS_REF]: sheetOf(IMS2019_FILE, 'Table 1'),
        [ORIGINS_REF]: `../shared/data/${BILATERAL_FILE}`,
      },
      source: {
        publisher: 'United Nations, Department of Economic and Social Affairs, Population Division',
        id: SOURCE_ID,
        edition: '2019',
        editionTitle: IMS2019_TITLE,
        published: IMS2019_PUBLISHED,
        table:
          'UN_MigrantStockTotal_2019.xlsx Table 1 (international migrant stock at mid-year by sex); UN_MigrantStockByOriginAndDestination_2019.xlsx Table 1 (by country of origin)',
        citation: IMS2019_CITATION,
        url: IMS2019_URL,
        licence: LICENCE,
        retrieved: ims2019.retrieved,
        via: joinVia([ims2019, bilateral, describeSharedFile(sharedDir, MATRIX_FILE)]),
        notes: [
          'Mid-year (1 July) estimates for 1990, 1995, 2000, 2005, 2010, 2015 and 2019; every OAS member state.',
          'Totals and sexes (COUNTRY_OF_BIRTH _T) from the totals workbook, Table 1. AGE is _T throughout.',
          'Country of birth (SEX _T only) from the origin-by-destination matrix as cleaned by G. Abel, which dropped UN DESA\'s "Other South"/"Other North" columns: each total less the named origins is COUNTRY_OF_BIRTH OTH (other countries: a known remainder, not an unknown origin), so the origins add up to the published total.',
          'Channel Islands (M49 830), not an ISO 3166-1 country, is counted in COUNTRY_OF_BIRTH OTH too.',
          "International Migrant Stock 2020 (dataset undesa-ims2020-stock) revises the totals and sexes of 1990-2015; the country-of-birth breakdown of this edition stays the latest one, and shares of it are taken of this edition's own totals. Its 2019 point, which IMS2020 does not estimate, is not comparable with the IMS2020 series (break, B).",
          TYPE_OF_DATA_NOTE,
        ],
      },
      checks: [...stockFacts(STOCK_2019_FACTS, '2019', stock2019), crossCheckTotals(sharedDir, stock2019)],
      observations: stock2019,
    },
    {
      id: 'undesa-ims2020-stock',
      table: stockTable,
      file: 'mig-stock-fb-undesa-ims2020.csv',
      sourceFiles: { [TOTALS_REF]: sheetOf(IMS2020_FILE, 'Table 1') },
      source: {
        publisher: 'United Nations, Department of Economic and Social Affairs, Population Division',
        id: SOURCE_ID,
        edition: '2020',
        editionTitle: IMS2020_TITLE,
        published: IMS2020_PUBLISHED,
        table:
          'undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx Table 1 (international migrant stock at mid-year by sex and by destination)',
        citation: IMS2020_CITATION,
        url: IMS2020_URL,
        licence: LICENCE,
        retrieved: ims2020.retrieved,
        via: ims2020.via,
        notes: [
          "Mid-year (1 July) 1990, 1995, 2000, 2005, 2010, 2015 and 2020: a revision of International Migrant Stock 2019 (dataset undesa-ims2019-stock) for every year both editions estimate; IMS2019's 2019 point stays in its own edition and is not compared with this series.",
          'Totals and sexes only: the IMS2020 origin workbook in the shared snapshot gives emigrant totals by origin, not an origin-by-destination matrix, so the country-of-birth breakdown stays that of IMS2019.',
          'In IMS2020, R also covers asylum seekers and Venezuelans displaced abroad as reported by UNHCR.',
          TYPE_OF_DATA_NOTE,
        ],
      },
      checks: [
        ...stockFacts(STOCK_2020_FACTS, '2020', stock2020),
        // A year IMS2020 revised: IMS2019 published 13,126 for Guyana in 2010.
        checkFigure(
          'GUY 2010 foreign-born stock, sex _T (revised)',
          8182,
          findValue(stock2020, {
            REF_AREA: 'GUY',
            COUNTRY_OF_BIRTH: '_T',
            SEX: '_T',
            TIME_PERIOD: '2010',
          }),
          'Table 1 row 255 (Guyana), 2010 both sexes',
        ),
      ],
      observations: stock2020,
    },
    {
      id: 'undesa-ims2019-population',
      table: popTable,
      file: 'pop-context-undesa-ims2019.csv',
      sourceFiles: { [POPULATION_REF]: sheetOf(IMS2019_FILE, 'Table 2') },
      source: {
        publisher: 'United Nations, Department of Economic and Social Affairs, Population Division',
        id: SOURCE_ID,
        edition: '2019',
        editionTitle: IMS2019_TITLE,
        published: IMS2019_PUBLISHED,
        table: 'UN_MigrantStockTotal_2019.xlsx Table 2 (total population at mid-year by sex, thousands)',
        citation: IMS2019_CITATION,
        url: IMS2019_URL,
        licence: LICENCE,
        retrieved: ims2019.retrieved,
        via: ims2019.via,
        notes: [
          'COMPONENT POP, both sexes, mid-year (1 July); published in thousands with three decimals and stored in persons (x 1000).',
        ],
      },
      checks: [
        checkFigure(
          'ARG 2019 mid-year population',
          44780677,
          findValue(pop2019, { REF_AREA: 'ARG', TIME_PERIOD: '2019' }),
          'Table 2 row 198 (Argentina), 2019 both sexes: 44780.677 thousand',
        ),
        checkFigure(
          'CAN 2019 mid-year population',
          37411047,
          findValue(pop2019, { REF_AREA: 'CAN', TIME_PERIOD: '2019' }),
          'Table 2 row 296 (Canada), 2019 both sexes: 37411.047 thousand',
        ),
      ],
      observations: pop2019,
    },
    {
      id: 'undesa-ims2020-population',
      table: popTable,
      file: 'pop-context-undesa-ims2020.csv',
      sourceFiles: { [POPULATION_REF]: sheetOf(IMS2020_FILE, 'Table 2') },
      source: {
        publisher: 'United Nations, Department of Economic and Social Affairs, Population Division',
        id: SOURCE_ID,
        edition: '2020',
        editionTitle: IMS2020_TITLE,
        published: IMS2020_PUBLISHED,
        table:
          'undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx Table 2 (total population at mid-year by sex, thousands)',
        citation: IMS2020_CITATION,
        url: IMS2020_URL,
        licence: LICENCE,
        retrieved: ims2020.retrieved,
        via: ims2020.via,
        notes: [
          'COMPONENT POP, both sexes, mid-year (1 July) 1990-2015 and 2020, a revision of the IMS2019 figures; published in thousands with three decimals and stored in persons (x 1000).',
        ],
      },
      checks: [
        checkFigure(
          'ARG 2020 mid-year population',
          45195777,
          findValue(pop2020, { REF_AREA: 'ARG', TIME_PERIOD: '2020' }),
          'Table 2 row 247 (Argentina), 2020 both sexes: 45195.777 thousand',
        ),
      ],
      observations: pop2020,
    },
  ];
}

/** Every member state's 2019 total against the shared snapshot's own reference values. */
function crossCheckTotals(sharedDir: string, observations: ExtractedDataset['observations']): DemoCheck {
  const expected = readReferenceValues(sharedDir, 'UN DESA IMS2019', 'migrant_stock').filter(
    (r) => r.year === '2019',
  );
  const matching = expected.filter(
    (r) =>
      findValue(observations, {
        REF_AREA: r.iso3,
        COUNTRY_OF_BIRTH: '_T',
        SEX: '_T',
        TIME_PERIOD: '2019',
      }) === r.value,
  );
  return checkFigure(
    'member states whose 2019 total equals the reference value',
    MEMBER_STATES.length,
    matching.length,
    `${REFERENCE_VALUES_FILE} (UN DESA IMS2019 migrant_stock 2019)`,
  );
}
