import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ChangePoint, computeChange } from './change-rule.js';
import { propagateStatus, worstStatus } from './status-propagation.js';

const point = (over: Partial<ChangePoint>): ChangePoint => ({
  value: 100,
  status: 'A',
  year: '2020',
  source: 'UNDESA_IMS',
  edition: '2020',
  ...over,
});

describe('change rule (FRAMEWORK §7, §9)', () => {
  test('computes a change within one source and edition, told with a direction', () => {
    const change = computeChange(point({ value: 110 }), point({ year: '2015' }));
    assert.equal(change.value, 10);
    assert.equal(change.directional, true);
    assert.equal(change.absent, undefined);
  });

  test('is absent across editions of one source, and says so', () => {
    const change = computeChange(
      point({ value: 31169 }),
      point({ year: '2019', value: 15699, edition: '2019' }),
    );
    assert.deepEqual([change.value, change.absent], [null, 'EDITION']);
  });

  test('is absent across sources (OECD 2014 → IRCC 2015)', () => {
    const change = computeChange(
      point({ year: '2015', source: 'IRCC_PR_ADMISSIONS', edition: '2026-05' }),
      point({ year: '2014', source: 'OECD_IMO_A1', edition: '2023' }),
    );
    assert.deepEqual([change.value, change.absent], [null, 'SOURCE']);
  });

  test('is absent across a break at the later value, missing inputs and a zero base', () => {
    assert.equal(computeChange(point({ status: 'B' }), point({ year: '2015' })).absent, 'BREAK');
    assert.equal(
      computeChange(point({ value: null, status: 'Q' }), point({ year: '2015' })).absent,
      'MISSING',
    );
    assert.equal(computeChange(point({}), point({ year: '2015', value: 0 })).absent, 'ZERO_BASE');
  });

  test('from an estimated, provisional, unreliable or differently defined input: computed, flagged, undirected', () => {
    for (const flag of ['E', 'P', 'U', 'D']) {
      const change = computeChange(point({ value: 90, status: flag }), point({ year: '2015' }));
      assert.equal(change.value, -10);
      assert.deepEqual(change.flags, [flag]);
      assert.equal(change.directional, false, flag);
    }
  });
});

describe('status propagation (FRAMEWORK §7): D > U > E > P > B, with every flag', () => {
  test('the gravest status wins and every propagated flag is kept', () => {
    assert.deepEqual(propagateStatus(['E', 'D', 'A']), { status: 'D', flags: ['D', 'E'] });
    assert.deepEqual(propagateStatus(['B', 'P', 'U']), { status: 'U', flags: ['U', 'P', 'B'] });
    assert.equal(worstStatus(['A', 'B', 'P']), 'P');
    assert.equal(worstStatus(['A', 'F', 'Q']), 'A');
    assert.equal(worstStatus([]), 'A');
  });
});
