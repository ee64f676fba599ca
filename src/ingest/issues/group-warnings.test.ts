import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  collectWarningGroups,
  groupIdOf,
  renderGroupMessage,
  summarizeWarningGroups,
} from './group-warnings.js';
import { createIssue } from './issue.js';
import { renderIssueMessage } from './render-message.js';

function start(row: number, origin: string, sex: string) {
  const issue = createIssue(
    'SERIES_BREAK',
    { row, column: 'OBS_VALUE' },
    {
      variant: 'start',
      series: `COUNTRY_OF_BIRTH=${origin}, SEX=${sex}, AGE=_T`,
      year: '2017',
      dimension: 'SEX',
    },
  );
  issue.group = 'SERIES_BREAK:start:SEX';
  return issue;
}

describe('warning groups', () => {
  const issues = [
    start(3, 'CAN', 'F'),
    start(4, 'CAN', 'M'),
    start(6, 'VEN', 'F'),
    start(7, 'VEN', 'M'),
    createIssue('ADDITIVITY_MINOR', { row: 9 }, { dimension: 'SEX', sum: 10, total: 11, tolerance: 1 }),
  ];

  it('puts the warnings of one cause in one group, and a warning without a cause in its own', () => {
    const groups = collectWarningGroups(issues);
    assert.deepEqual(
      groups.map((g) => [g.id, g.members.length]),
      [
        ['SERIES_BREAK:start:SEX', 4],
        ['ADDITIVITY_MINOR:row:9', 1],
      ],
    );
    assert.equal(groupIdOf({ code: 'INCOMPLETE', severity: 'warning' }), 'INCOMPLETE');
  });

  it("states the cause once, in words, in the reader's language", () => {
    const members = issues.slice(0, 4);
    const en = renderGroupMessage('SERIES_BREAK:start:SEX', members, 'en');
    assert.match(en, /^The breakdown by sex is new in 2017: 4 series/);
    assert.match(en, /born in Canada \(CAN\), women; born in Canada \(CAN\), men; born in Venezuela/);
    assert.doesNotMatch(en, /COUNTRY_OF_BIRTH|_T/);
    const es = renderGroupMessage('SERIES_BREAK:start:SEX', members, 'es');
    assert.match(es, /^El desglose por sexo es nuevo en 2017: 4 series/);
    assert.match(es, /nacidos en Canadá \(CAN\), mujeres/);
  });

  it('writes one warning in words too, and numbers as the reader writes them', () => {
    assert.equal(
      renderIssueMessage(start(3, 'CAN', '_T'), 'en').split('.')[0],
      'Born in Canada (CAN), both sexes: new in 2017',
    );
    const outlier = createIssue(
      'OUTLIER',
      { row: 5 },
      { series: 'COUNTRY_OF_BIRTH=VEN, SEX=_T, AGE=_T', year: '2017', expected: 12345.5, change: 61.2 },
      19876,
    );
    assert.match(
      renderIssueMessage(outlier, 'es'),
      /Fila 5 \(nacidos en Venezuela .*\(VEN\), ambos sexos, 2017\): 19\.876 es inusual .*12\.345,5/,
    );
  });

  it('summarizes groups for the JSON report with up to ten located cells', () => {
    const many = Array.from({ length: 12 }, (_, i) => start(i + 2, 'CAN', i % 2 ? 'F' : 'M'));
    const [group] = summarizeWarningGroups(many, 'fr');
    assert.equal(group?.count, 12);
    assert.equal(group?.sample.length, 10);
    assert.match(group?.sample[0]?.message ?? '', /Nés en\/au Canada \(CAN\), hommes : nouvelle en 2017/);
  });
});
