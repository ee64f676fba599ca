import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aggregateByRegion, regionsPresent } from './regional-aggregates.js';

const REGIONS = [
  { id: 'SAM', names: { en: 'South America', es: '', fr: '', pt: '' }, members: ['ARG', 'CHL', 'PER'] },
  { id: 'NAM', names: { en: 'North America', es: '', fr: '', pt: '' }, members: ['CAN', 'MEX', 'USA'] },
];
const DIMS = ['REF_AREA', 'SEX', 'TIME_PERIOD'];

function cell(area: string, sex: string, value: number | null, status = 'A') {
  return { key: { REF_AREA: area, SEX: sex, TIME_PERIOD: '2020' }, value, status };
}

test('each region sums the values its members show, per combination of the other dimensions', () => {
  const aggregates = aggregateByRegion(
    [
      cell('ARG', 'F', 10),
      cell('CHL', 'F', 5, 'E'),
      cell('ARG', 'M', 7),
      cell('CHL', 'M', 0.1),
      cell('CAN', 'M', 3),
    ],
    DIMS,
    REGIONS,
  );
  const byKey = new Map(aggregates.map((a) => [`${a.key.REF_AREA}.${a.key.SEX}`, a]));
  assert.deepEqual([...byKey.keys()].sort(), ['@NAM.M', '@SAM.F', '@SAM.M']);
  assert.deepEqual(byKey.get('@SAM.F'), {
    key: { REF_AREA: '@SAM', SEX: 'F', TIME_PERIOD: '2020' },
    value: 15,
    status: 'E',
    conf: 'F',
    note: null,
    flags: ['E'],
    coverage: { countries: 2, of: 3, flagged: { D: 0, U: 0, E: 1 } },
  });
  assert.equal(byKey.get('@SAM.M')?.value, 7.1, 'decimal sums carry no binary noise');
  assert.deepEqual(byKey.get('@NAM.M')?.coverage, { countries: 1, of: 3, flagged: { D: 0, U: 0, E: 0 } });
});

test('an aggregate carries the gravest status, D over E, with every flag, and counts flagged members', () => {
  const [all] = aggregateByRegion(
    [cell('ARG', 'F', 10, 'E'), cell('CHL', 'F', 5, 'D'), cell('PER', 'F', 1, 'P')],
    DIMS,
    REGIONS,
  );
  assert.equal(all?.status, 'D');
  assert.deepEqual(all?.flags, ['D', 'E', 'P']);
  assert.deepEqual(all?.coverage.flagged, { D: 1, U: 0, E: 1 });
});

test('a suppressed or empty cell is left out of the sum and out of the coverage, never its value', () => {
  const [women] = aggregateByRegion([cell('ARG', 'F', 10), cell('CHL', 'F', null, 'Q')], DIMS, REGIONS);
  assert.equal(women?.value, 10);
  assert.deepEqual(women?.coverage, { countries: 1, of: 3, flagged: { D: 0, U: 0, E: 0 } });
  assert.deepEqual(aggregateByRegion([cell('CHL', 'F', null, 'Q')], DIMS, REGIONS), []);
});

test('only the regions with a member in the selection are offered', () => {
  assert.deepEqual(
    regionsPresent(new Set(['CHL']), REGIONS).map((r) => r.id),
    ['SAM'],
  );
});
