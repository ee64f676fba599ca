import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../framework/rules.js';
import { LANGUAGES } from '../../framework/types.js';
import { createIssue } from './issue.js';
import { renderIssueMessage } from './render-message.js';

// Every code the ingest pipeline can emit.
const EMITTED = [
  'UNREADABLE_FILE',
  'FILE_TOO_LARGE',
  'TOO_MANY_ROWS',
  'IGNORED_COLUMN',
  'MISSING_COLUMN',
  'UNKNOWN_CODE',
  'MISSING_CODE',
  'WRONG_COUNTRY',
  'BAD_PERIOD',
  'BAD_NUMBER',
  'NEGATIVE_VALUE',
  'MISSING_STATUS',
  'BAD_STATUS',
  'DUPLICATE_KEY',
  'ADDITIVITY',
  'ADDITIVITY_MINOR',
  'CROSS_TABLE',
  'OUTLIER',
  'SERIES_BREAK',
  'INCOMPLETE',
  'INVALID_TEXT',
];

describe('renderIssueMessage', () => {
  it('has a message in the four languages for every code the pipeline emits, every slot filled', () => {
    const params = {
      file: 'f.csv',
      size: 60,
      limit: 50,
      table: 'T',
      column: 'C',
      suggestions: 'VEN',
      dimension: 'COUNTRY_OF_BIRTH',
      country: 'CHL',
      expected: 3,
      firstRow: 2,
      sum: 1,
      total: 2,
      tolerance: 0.5,
      series: 'S',
      otherTable: 'U',
      change: 10,
      year: '2020',
      cells: 'SEX=F',
    };
    for (const code of EMITTED) {
      assert.ok(
        RULES.some((r) => r.code === code),
        code,
      );
      const issue = createIssue(code, { row: 4, column: 'OBS_VALUE' }, params, 'x');
      for (const lang of LANGUAGES) {
        const message = renderIssueMessage(issue, lang);
        assert.doesNotMatch(message, /\{\w+\}/, `${code}:${lang} ${message}`);
      }
    }
  });

  it('writes numbers and suggested codes the way the reader’s language does', () => {
    const additivity = createIssue(
      'ADDITIVITY',
      { row: 1234 },
      { dimension: 'SEX', sum: 1234.5, total: 1300, tolerance: 6.5 },
    );
    assert.match(
      renderIssueMessage(additivity, 'en'),
      /^Row 1234: .* add up to 1,234\.5, but the total is 1,300/,
    );
    assert.match(renderIssueMessage(additivity, 'es'), /^Fila 1234: .* suman 1234,5, pero el total es 1300/);
    const unknown = createIssue(
      'UNKNOWN_CODE',
      { row: 5, column: 'País' },
      { suggestions: 'VEN, PER', dimension: 'COUNTRY_OF_BIRTH' },
      'Venezuala',
    );
    assert.match(renderIssueMessage(unknown, 'fr'), /VEN \(Venezuela\), PER \(Pérou\)/);
    assert.match(renderIssueMessage(unknown, 'pt'), /“Venezuala”/);
  });
});
