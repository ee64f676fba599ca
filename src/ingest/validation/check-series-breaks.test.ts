import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getTable } from '../../framework/index.js';
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { type LocatedObservation, validateObservations } from './validate-observations.js';

const STOCK = getTable('MIG_STOCK_FB') as TableDef;

function observation(year: string, origin: string, sex: string, value: number, status = 'A'): Observation {
  return {
    table: STOCK.id,
    key: { REF_AREA: 'CHL', COUNTRY_OF_BIRTH: origin, SEX: sex, AGE: '_T', TIME_PERIOD: year },
    value,
    status,
    conf: 'F',
  };
}

/** Published like UN DESA: totals by sex, origins for both sexes only, in the given years. */
function publishedLikeUnDesa(years: string[]): Observation[] {
  return years.flatMap((year) => [
    observation(year, '_T', '_T', 1000),
    observation(year, '_T', 'F', 520),
    observation(year, '_T', 'M', 480),
    observation(year, 'PER', '_T', 600),
    observation(year, 'ARG', '_T', 300),
    observation(year, '_U', '_T', 100),
  ]);
}

function located(observations: Observation[]): LocatedObservation[] {
  return observations.map((o, i) => ({ observation: o, location: { row: i + 2, column: 'OBS_VALUE' } }));
}

function breaksOf(observations: Observation[], published: Observation[]) {
  return validateObservations(STOCK, 'CHL', located(observations), { published }).filter(
    (i) => i.code === 'SERIES_BREAK',
  );
}

describe('checkSeriesBreaks', () => {
  const published = publishedLikeUnDesa(['2010', '2015', '2019']);

  it('sees no stop in a census year between published years, whatever origins it leaves out', () => {
    const census = [
      observation('2017', '_T', '_T', 1100),
      observation('2017', '_T', 'F', 570),
      observation('2017', '_T', 'M', 530),
      observation('2017', 'PER', '_T', 700),
      observation('2017', '_U', '_T', 400),
    ];
    assert.deepEqual(breaksOf(census, published), []);
  });

  it('groups a new breakdown by sex as one cause, in the year the file reports it', () => {
    const census = [
      observation('2017', '_T', '_T', 1100),
      observation('2017', '_T', 'F', 570),
      observation('2017', '_T', 'M', 530),
      observation('2017', 'PER', '_T', 700),
      observation('2017', 'PER', 'F', 400),
      observation('2017', 'PER', 'M', 300),
      observation('2017', '_U', '_T', 400),
      observation('2017', '_U', 'F', 170),
      observation('2017', '_U', 'M', 230),
    ];
    const breaks = breaksOf(census, published);
    assert.deepEqual(
      breaks.map((i) => [i.row, i.group, i.params.year, i.params.variant]),
      [
        [6, 'SERIES_BREAK:start:SEX', '2017', 'start'],
        [7, 'SERIES_BREAK:start:SEX', '2017', 'start'],
        [9, 'SERIES_BREAK:start:SEX', '2017', 'start'],
        [10, 'SERIES_BREAK:start:SEX', '2017', 'start'],
      ],
    );
  });

  it('flags a new country of birth as a start of its own cause', () => {
    const next = [
      ...publishedLikeUnDesa(['2020']).filter((o) => o.key.COUNTRY_OF_BIRTH !== '_U'),
      observation('2020', '_U', '_T', 0),
      observation('2020', 'VEN', '_T', 100),
    ];
    const breaks = breaksOf(next, published);
    assert.deepEqual(
      breaks.map((i) => [i.group, i.params.series, i.params.year]),
      [['SERIES_BREAK:start:COUNTRY_OF_BIRTH', 'COUNTRY_OF_BIRTH=VEN, SEX=_T, AGE=_T', '2020']],
    );
  });

  it("flags a series published for the year before the file and left out of it, in the file's first year", () => {
    const next = publishedLikeUnDesa(['2020']).filter((o) => o.key.COUNTRY_OF_BIRTH !== 'ARG');
    const breaks = breaksOf(next, published);
    assert.deepEqual(
      breaks.map((i) => [i.row, i.group, i.params.year, i.params.lastYear]),
      [[undefined, 'SERIES_BREAK:stop:COUNTRY_OF_BIRTH', '2020', '2019']],
    );
  });

  it('flags a published cell a resubmission of the same year leaves out', () => {
    const again = publishedLikeUnDesa(['2019']).filter((o) => o.key.COUNTRY_OF_BIRTH !== 'PER');
    const breaks = breaksOf(again, published);
    assert.deepEqual(
      breaks.map((i) => [i.group, i.params.year, i.params.lastYear]),
      [['SERIES_BREAK:stop:COUNTRY_OF_BIRTH', '2019', '2019']],
    );
  });

  it('says nothing of series that stopped before the year before the file', () => {
    const old = publishedLikeUnDesa(['2010']);
    const next = publishedLikeUnDesa(['2020']).filter((o) => o.key.COUNTRY_OF_BIRTH === '_T');
    assert.deepEqual(breaksOf(next, old), []);
  });
});

describe('checkSeriesBreaks, old news', () => {
  it('does not call a series stopped when the first year is published already without it', () => {
    const published = [
      ...publishedLikeUnDesa(['2019']),
      observation('2020', '_T', '_T', 1000),
      observation('2020', '_T', 'F', 520),
      observation('2020', '_T', 'M', 480),
    ];
    const totals2020 = published.filter((o) => o.key.TIME_PERIOD === '2020');
    assert.deepEqual(breaksOf(totals2020, published), []);
  });
});
