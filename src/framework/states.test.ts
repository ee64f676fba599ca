import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GROUPINGS, listGroupingsOf } from './groupings.js';
import { findMembership, listParticipatingStates, MEMBER_STATES } from './member-states.js';
import { findPhase, listPhaseMembers, PHASES } from './phases.js';

describe('member states', () => {
  it('lists exactly the 35 OAS member states', () => {
    assert.equal(MEMBER_STATES.length, 35);
    assert.equal(new Set(MEMBER_STATES).size, 35);
  });

  it('dates membership: Nicaragua withdrawn from 2023-11-19, Cuba not participating', () => {
    assert.equal(findMembership('NIC', '2023-11-18')?.status, 'member');
    assert.equal(findMembership('NIC', '2023-11-19')?.status, 'withdrawn');
    assert.equal(findMembership('CUB', '2024-06-30')?.status, 'non-participating');
    assert.ok(findMembership('VEN', '2024-06-30')?.note?.includes('Contested'));
    assert.equal(listParticipatingStates('2022-01-01').length, 34);
    assert.equal(listParticipatingStates('2024-01-01').length, 33);
  });
});

describe('phases', () => {
  it('puts the pilot ten in phase I', () => {
    assert.deepEqual(listPhaseMembers('I', '2024-06-30').sort(), [
      'ARG',
      'BLZ',
      'BRA',
      'CAN',
      'CHL',
      'COL',
      'ECU',
      'MEX',
      'SLV',
      'URY',
    ]);
  });

  it('assigns the default ten to phase II and the remaining participating states to phase III', () => {
    assert.equal(listPhaseMembers('II', '2025-06-30').length, 10);
    assert.equal(findPhase('JAM', '2025-06-30'), 'II');
    assert.equal(findPhase('HTI', '2026-06-30'), 'III');
    assert.equal(findPhase('CUB', '2026-06-30'), undefined);
    assert.equal(findPhase('NIC', '2026-06-30'), undefined);
  });

  it('follows a reassignment while keeping the history', () => {
    const history = [
      ...PHASES,
      { iso3: 'JAM', phase: 'I' as const, from: '2025-03-01', reason: 'coordinator' },
    ];
    assert.equal(findPhase('JAM', '2025-02-01', history), 'II');
    assert.equal(findPhase('JAM', '2025-03-01', history), 'I');
  });
});

describe('groupings', () => {
  it('has the nine groupings, none with Canada’s code as id', () => {
    assert.deepEqual(
      GROUPINGS.map((g) => g.id),
      ['NAM', 'CAM', 'CAR', 'SAM', 'CARICOM', 'MERCOSUR', 'ANDEAN', 'SICA', 'OECD'],
    );
  });

  it('lets a country belong to several groupings (Belize: CAM, CAR, CARICOM, SICA)', () => {
    assert.deepEqual(
      listGroupingsOf('BLZ').map((g) => g.id),
      ['CAM', 'CAR', 'CARICOM', 'SICA'],
    );
  });

  it('only groups member states', () => {
    for (const g of GROUPINGS)
      for (const iso3 of g.members) assert.ok(MEMBER_STATES.includes(iso3), `${g.id}:${iso3}`);
  });
});
