import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getTable } from '../../framework/index.js';
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import type { Issue } from '../issues/issue.js';
import { type LocatedObservation, validateObservations } from './validate-observations.js';

const STOCK = getTable('MIG_STOCK_FB') as TableDef;

function cell(
  key: Record<string, string>,
  value: number | null,
  row: number,
  status = 'A',
): LocatedObservation {
  const observation: Observation = {
    table: STOCK.id,
    key: { REF_AREA: 'CHL', COUNTRY_OF_BIRTH: '_T', SEX: '_T', AGE: '_T', TIME_PERIOD: '2020', ...key },
    value,
    status,
    conf: 'F',
  };
  return { observation, location: { row, column: 'OBS_VALUE' } };
}

/** The three required totals of a year, so that completeness stays quiet. */
function totals(year: string, [t, f, m]: number[], firstRow: number): LocatedObservation[] {
  return [
    cell({ TIME_PERIOD: year }, t as number, firstRow),
    cell({ TIME_PERIOD: year, SEX: 'F' }, f as number, firstRow + 1),
    cell({ TIME_PERIOD: year, SEX: 'M' }, m as number, firstRow + 2),
  ];
}

const codesOf = (issues: Issue[]) => issues.map((i) => `${i.code}@${i.row ?? '-'}`);

describe('validateObservations (the data-entry grid path)', () => {
  it('accepts consistent cells', () => {
    assert.deepEqual(validateObservations(STOCK, 'CHL', totals('2020', [30, 10, 20], 2)), []);
  });

  it('rejects parts that do not add up to their total with ADDITIVITY at the total’s row', () => {
    const issues = validateObservations(STOCK, 'CHL', totals('2020', [35, 10, 20], 2));
    assert.deepEqual(codesOf(issues), ['ADDITIVITY@2']);
    assert.deepEqual(issues[0]?.params, { dimension: 'SEX', sum: 30, total: 35, tolerance: 0.175 });
  });

  it('only warns (ADDITIVITY_MINOR) within 0.5 %, or within the declared rounding', () => {
    const minor = validateObservations(STOCK, 'CHL', totals('2020', [10_040, 5000, 5000], 2));
    assert.deepEqual(codesOf(minor), ['ADDITIVITY_MINOR@2']);
    const rounded = validateObservations(STOCK, 'CHL', totals('2020', [40, 15, 20], 2), { rounding: 5 });
    assert.deepEqual(codesOf(rounded), ['ADDITIVITY_MINOR@2']);
  });

  it('cannot check a total whose part is empty with a status, and does not pretend to', () => {
    const rows = [...totals('2020', [35, 10, 20], 2)];
    rows[1] = cell({ SEX: 'F' }, null, 3, 'Q');
    assert.deepEqual(validateObservations(STOCK, 'CHL', rows), []);
  });

  it('finds each total of ADDITIVITY whatever the order of the rows (its search guesses from the last)', () => {
    // Ages by sex, year after year, every tenth total off by one: the same issues in any order.
    const ages = ['Y0T14', 'Y15T24', '_T'];
    const rows: LocatedObservation[] = [];
    for (const year of ['2019', '2020', '2021'])
      for (const sex of ['F', 'M', '_T'])
        for (const age of ages) {
          const value = age === '_T' ? 30 + (rows.length % 10 === 2 ? 1 : 0) : 15;
          rows.push(
            cell(
              { TIME_PERIOD: year, SEX: sex, AGE: age },
              sex === '_T' ? 2 * value : value,
              rows.length + 2,
            ),
          );
        }
    const sorted = (issues: Issue[]) => codesOf(issues).sort();
    const expected = sorted(validateObservations(STOCK, 'CHL', rows));
    assert.ok(expected.filter((code) => code.startsWith('ADDITIVITY')).length >= 2);
    let seed = 7;
    for (let trial = 0; trial < 20; trial++) {
      const shuffled = [...rows];
      for (let i = shuffled.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const j = seed % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j] as LocatedObservation, shuffled[i] as LocatedObservation];
      }
      assert.deepEqual(sorted(validateObservations(STOCK, 'CHL', shuffled)), expected);
    }
  });

  it('reports MISSING_STATUS, NEGATIVE_VALUE, BAD_STATUS and DUPLICATE_KEY at their rows', () => {
    const rows = [
      ...totals('2020', [30, 10, 20], 2),
      cell({ COUNTRY_OF_BIRTH: 'PER' }, null, 5, ''),
      cell({ COUNTRY_OF_BIRTH: 'VEN' }, -1, 6),
      cell({ COUNTRY_OF_BIRTH: 'ECU' }, 3, 7, 'ZZ'),
      cell({ SEX: 'F' }, 10, 8),
    ];
    const issues = validateObservations(STOCK, 'CHL', rows);
    assert.deepEqual(codesOf(issues), [
      'MISSING_STATUS@5',
      'NEGATIVE_VALUE@6',
      'BAD_STATUS@7',
      'DUPLICATE_KEY@8',
    ]);
    assert.equal(issues[3]?.params.firstRow, 3);
  });

  it('checks codes, periods and the country on cells that did not come through the file mapper', () => {
    const rows = [
      ...totals('2020', [30, 10, 20], 2),
      cell({ COUNTRY_OF_BIRTH: 'NARNIA' }, 1, 5),
      cell({ TIME_PERIOD: '2020Q1' }, 1, 6),
      cell({ REF_AREA: 'ARG' }, 1, 7),
      cell({ AGE: 'Y15T64' }, 1, 8),
    ];
    const issues = validateObservations(STOCK, 'CHL', rows);
    assert.deepEqual(codesOf(issues), [
      'UNKNOWN_CODE@5',
      'BAD_PERIOD@6',
      'WRONG_COUNTRY@7',
      'UNKNOWN_CODE@8',
    ]);
  });

  it('reports a year missing its required totals by sex with INCOMPLETE', () => {
    const issues = validateObservations(STOCK, 'CHL', [cell({}, 30, 2)]);
    assert.deepEqual(codesOf(issues), ['INCOMPLETE@-']);
    assert.match(String(issues[0]?.params.cells), /SEX=F; .*SEX=M/);
    assert.equal(issues[0]?.params.year, '2020');
  });

  it('flags an OUTLIER by its modified z-score over the series', () => {
    const years = ['2015', '2016', '2017', '2018', '2019', '2020'];
    const values = [1000, 1010, 990, 1005, 995, 5000];
    const rows = years.flatMap((year, i) => {
      const v = values[i] as number;
      return totals(year, [v, v / 2, v / 2], 2 + i * 3);
    });
    const outliers = validateObservations(STOCK, 'CHL', rows).filter((i) => i.code === 'OUTLIER');
    assert.deepEqual(codesOf(outliers), ['OUTLIER@17', 'OUTLIER@18', 'OUTLIER@19']);
    assert.equal(outliers[0]?.severity, 'warning');
  });

  it('flags an OUTLIER against the last published value of the cell or the year before', () => {
    const published = totals('2019', [1000, 500, 500], 0).map((r) => r.observation);
    const issues = validateObservations(STOCK, 'CHL', totals('2020', [2000, 1000, 1000], 2), { published });
    assert.deepEqual(codesOf(issues), ['OUTLIER@2', 'OUTLIER@3', 'OUTLIER@4']);
    assert.deepEqual(issues[0]?.params, {
      expected: 1000,
      change: 100,
      series: 'COUNTRY_OF_BIRTH=_T, SEX=_T, AGE=_T',
      year: '2020',
      origin: 'COUNTRY_OF_BIRTH=_T',
    });
    assert.equal(issues[0]?.group, 'OUTLIER:COUNTRY_OF_BIRTH=_T');
  });

  it('warns with SERIES_BREAK when a published series stops or a new one starts', () => {
    const published = [
      ...totals('2019', [30, 10, 20], 0).map((r) => r.observation),
      cell({ TIME_PERIOD: '2019', COUNTRY_OF_BIRTH: 'PER' }, 5, 0).observation,
    ];
    const rows = [...totals('2020', [30, 10, 20], 2), cell({ COUNTRY_OF_BIRTH: 'VEN' }, 5, 5)];
    const breaks = validateObservations(STOCK, 'CHL', rows, { published }).filter(
      (i) => i.code === 'SERIES_BREAK',
    );
    assert.deepEqual(
      breaks.map((i) => [i.row, i.params.series, i.params.year]),
      [
        [5, 'COUNTRY_OF_BIRTH=VEN, SEX=_T, AGE=_T', '2020'],
        [undefined, 'COUNTRY_OF_BIRTH=PER, SEX=_T, AGE=_T', '2020'],
      ],
    );
  });

  it('compares the foreign-born total with the published population (CROSS_TABLE)', () => {
    const population: Observation = {
      table: 'POP_CONTEXT',
      key: { REF_AREA: 'CHL', COMPONENT: 'POP', TIME_PERIOD: '2020' },
      value: 25,
      status: 'A',
      conf: 'F',
    };
    const issues = validateObservations(STOCK, 'CHL', totals('2020', [30, 10, 20], 2), {
      related: { POP_CONTEXT: [population] },
    });
    assert.deepEqual(codesOf(issues), ['CROSS_TABLE@2']);
    assert.equal(issues[0]?.params.otherTable, 'POP_CONTEXT');
    assert.equal(issues[0]?.params.expected, 25);
  });
});
