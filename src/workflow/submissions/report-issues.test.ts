import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getTable } from '../../framework/index.js';
import { listWarnings, readReportIssues } from './report-issues.js';

const table = getTable('MIG_STOCK_FB')!;
const report = {
  issues: [
    { code: 'OUTLIER', severity: 'warning', row: 7, column: 'OBS_VALUE' },
    { code: 'INCOMPLETE', severity: 'warning' },
    {
      code: 'OUTLIER',
      severity: 'warning',
      key: { REF_AREA: 'CHL', COUNTRY_OF_BIRTH: 'VEN', SEX: 'F', AGE: '_T', TIME_PERIOD: '2023' },
    },
    { code: 'MIRROR', severity: 'info', row: 3 },
  ],
};
const j = (row: number | null, key: string | null, text: string) => ({
  id: 1,
  submissionId: 1,
  row,
  key,
  text,
  createdBy: 1,
  createdAt: '',
});

describe('warnings and their justifications', () => {
  test('reads issues with their row and cell key; infos need no justification', () => {
    const issues = readReportIssues(report, table);
    assert.equal(issues[2]!.key, 'CHL.VEN.F._T.2023');
    assert.equal(listWarnings(issues, []).length, 3);
  });

  test('a justification covers the warning at its row or cell; one with neither covers table-wide ones', () => {
    const issues = readReportIssues(report, table);
    const warnings = listWarnings(issues, [
      j(7, null, 'first'),
      j(7, null, 'latest wins'),
      j(null, 'CHL.VEN.F._T.2023', 'by key'),
      j(null, null, 'table-wide'),
    ]);
    assert.deepEqual(
      warnings.map((w) => w.justification),
      ['latest wins', 'table-wide', 'by key'],
    );
  });

  test('an unreadable report has no issues', () => {
    assert.deepEqual(readReportIssues(null, table), []);
  });
});
