import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getTable } from '../../framework/index.js';
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { type LocatedObservation, validateObservations } from './validate-observations.js';
import type { PublishedObservation } from './validation-context.js';

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

function located(observations: Observation[]): LocatedObservation[] {
  return observations.map((o, i) => ({ observation: o, location: { row: i + 2, column: 'OBS_VALUE' } }));
}

describe('checkOutliers across a declared break', () => {
  const published = ['2015', '2016', '2017', '2018', '2019'].flatMap((year) => [
    observation(year, '_T', '_T', 1000),
    observation(year, '_T', 'F', 500),
    observation(year, '_T', 'M', 500),
  ]);
  const jump = (status: string) => [
    observation('2020', '_T', '_T', 3000, status),
    observation('2020', '_T', 'F', 1500, status),
    observation('2020', '_T', 'M', 1500, status),
  ];
  const outliers = (rows: Observation[]) =>
    validateObservations(STOCK, 'CHL', located(rows), { published }).filter((i) => i.code === 'OUTLIER');

  it('flags a tripled total as unusual', () => {
    assert.equal(outliers(jump('A')).length, 3);
    assert.equal(outliers(jump('A'))[0]?.group, 'OUTLIER:COUNTRY_OF_BIRTH=_T');
  });

  it('does not hold the years before a break the file declares (B) against the values after it', () => {
    assert.deepEqual(outliers(jump('B')), []);
  });
});

describe('checkOutliers leaves residuals alone', () => {
  // "Other countries" in a census that names few origins is far wider than a published remainder
  // of a source that names many: a difference of scope, not an outlier.
  const published = ['2015', '2016', '2017', '2018', '2019'].flatMap((year) => [
    observation(year, 'OTH', '_T', 1000),
    observation(year, 'PER', '_T', 1000),
  ]);
  const outliers = (rows: Observation[]) =>
    validateObservations(STOCK, 'CHL', located(rows), { published }).filter((i) => i.code === 'OUTLIER');

  it('flags a tripled named origin but not a tripled remainder', () => {
    const found = outliers([observation('2020', 'OTH', '_T', 3000), observation('2020', 'PER', '_T', 3000)]);
    assert.deepEqual(
      found.map((i) => i.group),
      ['OUTLIER:COUNTRY_OF_BIRTH=PER'],
    );
  });
});

describe('checkOutliers compares like with like', () => {
  // An older edition's estimates (about 100) and a newer edition's revised level (about 1,000): the newer
  // series goes on smoothly in 2020, which a splice of both editions would call unusual.
  const edition = (name: string, points: [string, number][]): PublishedObservation[] =>
    points.map(([year, value]) => ({ ...observation(year, 'PER', '_T', value), edition: name }));
  const published = [
    ...edition('IMS2019', [
      ['2010', 95],
      ['2011', 100],
      ['2012', 105],
      ['2013', 98],
      ['2014', 102],
      ['2015', 100],
    ]),
    ...edition('IMS2020', [
      ['2016', 980],
      ['2017', 1010],
      ['2018', 995],
      ['2019', 1020],
    ]),
  ];
  const next = [observation('2020', 'PER', '_T', 1050)];
  const outliers = (points: PublishedObservation[]) =>
    validateObservations(STOCK, 'CHL', located(next), { published: points }).filter(
      (i) => i.code === 'OUTLIER',
    );

  it('extends a series with the published years of its latest edition only', () => {
    assert.deepEqual(outliers(published), []);
  });

  it('would call the value unusual against the two editions spliced', () => {
    const unlabelled = published.map(({ edition: _, ...o }) => o);
    assert.equal(outliers(unlabelled).length, 1);
  });
});
