import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { WorkflowError } from '../workflow-error.js';
import { type PolicyEventInput, readPolicyEventInput } from './policy-event-input.js';

const VALID: PolicyEventInput = {
  country: 'col',
  type: 'regularisation',
  date: '2021-03-01',
  title: ' Estatuto Temporal de Protección ',
  summary: 'Resumen.',
  lang: 'ES',
  tables: ['mig_stock_fb'],
  programme: 'COL_ETPV',
  source: { publisher: 'Presidencia', title: 'Decreto 216 de 2021', url: 'https://example.org/d216' },
};

function problemsOf(input: PolicyEventInput): string[] {
  try {
    readPolicyEventInput(input);
    return [];
  } catch (error) {
    const e = error as WorkflowError;
    assert.equal(e.code, 'POLICY_EVENT_INVALID');
    assert.equal(e.status, 422);
    return (e.details as { problems: { field: string; code: string }[] }).problems.map(
      (p) => `${p.field}:${p.code}`,
    );
  }
}

describe('reading a policy event against the POLICY_EVENT record', () => {
  it('normalises codes and text, and links a regularisation to MIG_REGULARISATION', () => {
    const fields = readPolicyEventInput(VALID);
    assert.equal(fields.country, 'COL');
    assert.equal(fields.type, 'REGULARISATION');
    assert.equal(fields.lang, 'es');
    assert.equal(fields.title, 'Estatuto Temporal de Protección');
    assert.deepEqual(fields.tables, ['MIG_STOCK_FB', 'MIG_REGULARISATION']);
    assert.equal(fields.startsOn, '2021-03-01');
    assert.equal(fields.endsOn, '2021-03-01');
  });

  it('collects every problem before refusing once', () => {
    assert.deepEqual(
      problemsOf({
        ...VALID,
        country: 'ESP',
        type: 'OTHER',
        date: '2021',
        endDate: '2020',
        lang: 'de',
        tables: ['NOPE'],
        source: { publisher: '', title: 'x', url: 'javascript:alert(1)' },
      }),
      [
        'COUNTRY:UNKNOWN_CODE',
        'END_DATE:BEFORE_START',
        'LANGUAGE:UNKNOWN_CODE',
        'TABLES:UNKNOWN_CODE',
        'PROGRAMME:ONLY_FOR_REGULARISATION',
        'SOURCE_PUBLISHER:REQUIRED',
        'SOURCE_URL:INVALID_URL',
      ],
    );
  });

  it('refuses an unknown programme and the total code as a programme', () => {
    assert.deepEqual(problemsOf({ ...VALID, programme: 'NOPE' }), ['PROGRAMME:UNKNOWN_CODE']);
    assert.deepEqual(problemsOf({ ...VALID, programme: '_T' }), ['PROGRAMME:UNKNOWN_CODE']);
  });
});
