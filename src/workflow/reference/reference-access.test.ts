import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canEditMappings, toMemberState } from './reference-access.js';

describe('who may change a country’s mappings', () => {
  test('the country’s correspondents and the coordinator; not analysts, not other countries', () => {
    assert.equal(canEditMappings({ role: 'correspondent', countries: ['CHL'] }, 'CHL'), true);
    assert.equal(canEditMappings({ role: 'correspondent', countries: ['CHL'] }, 'ARG'), false);
    assert.equal(canEditMappings({ role: 'admin', countries: [] }, 'ARG'), true);
    assert.equal(canEditMappings({ role: 'reviewer', countries: [] }, 'ARG'), false);
  });

  test('names a member state in upper case, and refuses anything else with UNKNOWN_COUNTRY', () => {
    assert.equal(toMemberState(' chl '), 'CHL');
    assert.throws(() => toMemberState('FRA'), { code: 'UNKNOWN_COUNTRY', status: 400 });
  });
});
