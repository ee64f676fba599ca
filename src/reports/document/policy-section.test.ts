import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PublicPolicyEvent } from '../../dissemination/read-policy-events.js';
import { buildMarkLine, listChartAnnotations } from '../charts/chart-annotations.js';
import { buildChartMarkersNote, buildPolicySection } from './policy-section.js';

function event(
  id: number,
  type: string,
  date: string,
  extra: Partial<PublicPolicyEvent> = {},
): PublicPolicyEvent {
  return {
    id,
    country: 'CHL',
    type,
    typeName: type,
    date,
    endDate: null,
    title: `Event ${id}`,
    summary: 'Summary.',
    lang: 'en',
    translated: false,
    originalNote: null,
    original: { lang: 'en', title: `Event ${id}`, summary: 'Summary.' },
    tables: ['MIG_STOCK_FB'],
    programme: null,
    programmeName: null,
    source: { publisher: 'Ministry', title: 'Decree 1', date: '2020-01-01', url: 'https://example.org' },
    publishedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

describe('the policy developments of a report', () => {
  it('groups events by type in CL_POLICY_TYPE order, with dates, sources and "original in …"', () => {
    const blocks = buildPolicySection(
      'en',
      [
        event(1, 'BORDER_MEASURE', '2020-03'),
        event(2, 'REGULARISATION', '2018', { originalNote: 'original in Spanish' }),
      ],
      2,
      { withCountry: true },
    );
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['heading', 'paragraph', 'list', 'paragraph', 'list'],
    );
    assert.equal(blocks[1]?.kind === 'paragraph' && blocks[1].text, 'REGULARISATION');
    const first = blocks[2]?.kind === 'list' ? (blocks[2].items[0] ?? '') : '';
    assert.match(
      first,
      /^Chile, 2018: Event 2 \(original in Spanish\)\. Summary\. Source: Ministry, “Decree 1”, 2020-01-01, https:\/\/example\.org\.$/,
    );
  });

  it('says so when the period has no published event', () => {
    const blocks = buildPolicySection('es', [], 3, { withCountry: false });
    assert.equal(
      blocks[1]?.kind === 'paragraph' && blocks[1].text,
      'No se ha publicado ninguna novedad normativa de este período.',
    );
  });

  it('marks only the years on the chart’s axis, and names every marker in the chart’s note', () => {
    const annotations = listChartAnnotations(
      [
        event(1, 'OTHER', '2019-05'),
        event(2, 'OTHER', '2018'),
        event(3, 'OTHER', '2020', { tables: ['MIG_ASYLUM'] }),
      ],
      ['MIG_STOCK_FB'],
    );
    assert.deepEqual(
      annotations.map((a) => [a.number, a.year]),
      [
        [1, '2019'],
        [2, '2018'],
      ],
    );
    assert.deepEqual(buildMarkLine(['2015', '2019', '2020'], annotations)?.data, [
      { name: '▲1', xAxis: '2019' },
    ]);
    assert.equal(buildMarkLine(['2015'], annotations), undefined);
    const [note] = buildChartMarkersNote('en', annotations);
    assert.equal(
      note?.kind === 'paragraph' && note.text,
      'Policy developments marked: ▲1 2019: Event 1; ▲2 2018: Event 2',
    );
  });
});
