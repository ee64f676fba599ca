import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getTable } from '../../framework/index.js';
import type { TableDef } from '../../framework/types.js';
import { createIssueLog } from '../issues/issue-log.js';
import { createSavedMappings } from '../mapping/saved-mappings.js';
import { createAcceptedBatch } from '../pipeline/accepted-batch.js';
import type { Cell, RawRow } from '../readers/raw-row.js';
import { createObservationValidator } from '../validation/create-validator.js';
import type { LocatedObservation } from '../validation/validate-observations.js';
import { findHeader } from './find-header.js';
import { createRowReader } from './row-reader.js';

const STOCK = getTable('MIG_STOCK_FB') as TableDef;

/**
 * Reads `lines` (a header, then data) as the pipeline does: with the validator's codec (keys
 * numbered, accepted observations kept in columns) or without (each observation an object).
 */
function read(
  lines: Cell[][],
  options: { keyed: boolean; country?: string; layoutCountry?: string; fillDown?: boolean },
) {
  const rows: RawRow[] = lines.map((cells, i) => ({ row: i + 1, cells }));
  const country = options.country ?? 'CHL';
  const saved = createSavedMappings();
  const found = findHeader(STOCK, rows, { country: options.layoutCountry ?? country, saved });
  assert.ok(found);
  const log = createIssueLog();
  const validator = createObservationValidator(STOCK, country, {}, log);
  const reader = createRowReader({
    table: STOCK,
    country,
    layout: found.layout,
    decimal: '.',
    saved,
    log,
    fillDown: options.fillDown ?? false,
    ...(options.keyed ? { codec: validator.codec } : {}),
  });
  const batch = createAcceptedBatch(STOCK.id, validator.codec, reader.keyOrder);
  const plain: LocatedObservation[] = [];
  let keyed = 0;
  for (const row of rows.slice(found.at + 1)) {
    reader.read(row, {
      plain(observation, location) {
        if (validator.add(observation, location)) plain.push({ observation, location });
      },
      keyed(observation) {
        keyed++;
        if (validator.addKeyed(observation)) batch.pushKeyed(observation);
      },
    });
  }
  validator.finish();
  return { issues: [...log.issues], accepted: [...plain, ...batch.batch.toLocated()], keyed };
}

const LONG: Cell[][] = [
  ['REF_AREA', 'TIME_PERIOD', 'SEX', 'AGE', 'COUNTRY_OF_BIRTH', 'OBS_VALUE', 'OBS_STATUS', 'OBS_NOTE'],
  ['CHL', '2020', 'F', '_T', 'VEN', '10', 'A', ''],
  ['CHL', '2020', 'M', '_T', 'VEN', '20', '', 'revised'],
  ['CHL', '2020', '_T', '_T', 'VEN', '31', 'A', ''],
  ['CHL', '2020', 'F', '_T', 'VEN', '11', 'A', ''], // duplicate
  ['ARG', '2020', 'F', '_T', 'PER', '5', 'A', ''], // another country
  ['CHL', '20x0', 'F', '_T', 'PER', '5', 'A', ''],
  ['CHL', '2020', 'Q', '_T', 'PER', '5', 'A', ''],
  ['CHL', '2020', 'F', 'Y0T14', 'Venezuela', '-3', 'A', ''],
  ['CHL', '2020', 'F', 'Y15T24', 'VEN', '', '', ''],
  ['CHL', '2020', 'F', 'Y25T34', 'VEN', 'm', '', ''],
  ['CHL', '2020', 'F', 'Y35T44', 'VEN', '7', 'ZZ', ''],
  ['CHL', '2020', 'F', 'Y45T54', 'VEN', 'abc', 'A', ''],
  ['CHL', '2021', '_T', 'Y15T64', 'PER', '1', 'A', ''], // a derived age: never reported
  ['', '2021', 'F', '_T', 'BOL', '1', 'A', ''],
  ['CHL', '2021', 'F', '_T', 'BOL', '1,000', 'Estimated', ''],
  ['Fuente: INE', '', '', '', '', '', '', ''],
];

describe('the row reader with numbered keys', () => {
  it('logs the same issues and accepts the same observations as with key objects', () => {
    const keyed = read(LONG, { keyed: true });
    assert.deepEqual(keyed, { ...read(LONG, { keyed: false }), keyed: keyed.keyed });
    assert.ok(keyed.keyed >= 8, 'the clean rows took the numbered path');
    assert.ok(keyed.issues.some((i) => i.code === 'DUPLICATE_KEY'));
  });

  it('agrees when the file has no country column, whatever country the layout takes', () => {
    const noCountry = LONG.map((cells) => cells.slice(1));
    for (const [country, layoutCountry] of [
      ['CHL', 'CHL'],
      ['ARG', 'ARG'],
      ['ZZZ', 'ZZZ'],
      ['CHL', 'ARG'],
    ] as const) {
      const keyed = read(noCountry, { keyed: true, country, layoutCountry });
      const plain = read(noCountry, { keyed: false, country, layoutCountry });
      assert.deepEqual(keyed, { ...plain, keyed: keyed.keyed });
    }
  });

  it('agrees on a wide table with flagged values and blank cells filled down', () => {
    const wide: Cell[][] = [
      ['TIME_PERIOD', 'COUNTRY_OF_BIRTH', 'SEX', 'Y0T14', 'Y15T24', '_T'],
      ['2020', 'VEN', 'F', '1', '2 E', '3'],
      ['', '', 'M', 4, '', '5'],
      ['2020', 'PER', 'M', 'x', '-2', '4 Q'],
      ['2021', 'Perú', '_T', '1', '2', 'M'],
    ];
    const keyed = read(wide, { keyed: true, fillDown: true });
    assert.deepEqual(keyed, { ...read(wide, { keyed: false, fillDown: true }), keyed: keyed.keyed });
    assert.ok(keyed.keyed > 0);
  });
});
