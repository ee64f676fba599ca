// The data-entry grid's API on the real app, for each route and role: the layout and the
// published figures pre-filling it, cell edits saved as a draft (replays harmless) and checked
// by the upload rules with each issue on its cell, and the draft submitted as an upload would be.
// Synthetic figures.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getTable } from '../src/framework/index.js';
import { publishRelease } from '../src/store/repositories/releases.js';
import { startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

const GRID = '/api/entry/MIG_STOCK_FB/CHL';
const key = (origin: string, sex: string, year: string) => `CHL.${origin}.${sex}._T.${year}`;
const TOTAL_2024 = key('_T', '_T', '2024');
const PER_2023 = key('PER', '_T', '2023');

interface GridIssue {
  code: string;
  severity: string;
  key: string | null;
  message: string;
  group?: string;
}

let seq = 0;
function edits(cells: [string, number | null, string?, string?][], client = 'browser-one') {
  return {
    client,
    edits: cells.map(([k, value, status = '', note]) => ({
      seq: ++seq,
      key: k,
      value,
      status,
      ...(note ? { note } : {}),
    })),
  };
}

describe('data-entry grid API', () => {
  let w: WorkflowApp;

  before(async () => {
    w = await startWorkflowApp();
    const published: [string, string, number][] = [
      ['_T', '_T', 300],
      ['_T', 'F', 150],
      ['_T', 'M', 150],
      ['VEN', '_T', 200],
      ['PER', '_T', 100],
    ];
    await w.testStore.store.transaction((tx) =>
      publishRelease(tx, {
        table: getTable('MIG_STOCK_FB')!,
        publishedAt: new Date(Date.now() - 1000).toISOString(),
        observations: published.map(([origin, sex, value]) => ({
          observation: {
            table: 'MIG_STOCK_FB',
            key: { REF_AREA: 'CHL', COUNTRY_OF_BIRTH: origin, SEX: sex, AGE: '_T', TIME_PERIOD: '2023' },
            value,
            status: 'A',
            conf: 'F',
          },
        })),
      }),
    );
  });
  after(async () => w.close());

  test('the correspondent reads the grid laid out by the framework, in its language, pre-filled with the published figures', async () => {
    const chl = await w.as('chl');
    const response = await chl.get(`${GRID}?lang=es`);
    assert.equal(response.statusCode, 200);
    const grid = response.json();
    assert.equal(grid.canEdit, true);
    assert.equal(grid.source, 'published');
    assert.equal(grid.layout.rows.id, 'COUNTRY_OF_BIRTH');
    assert.deepEqual(
      grid.layout.columns.map((c: { id: string }) => c.id),
      ['TIME_PERIOD', 'SEX'],
    );
    assert.equal(grid.layout.slices[0].id, 'AGE');
    const sexes = grid.layout.columns[1].codes.map((c: { id: string; label: string }) => c.label);
    assert.deepEqual(sexes.slice(0, 3), ['Total', 'Mujeres', 'Hombres'], 'totals first, labels in Spanish');
    assert.ok(grid.layout.rows.codes.some((c: { id: string }) => c.id === 'VEN'));
    const per = grid.cells.find((c: { key: string }) => c.key === PER_2023);
    assert.deepEqual(per, { key: PER_2023, value: 100, status: 'A', note: null, edited: false });
    assert.ok(grid.layout.columns[0].codes.some((c: { id: string }) => c.id === '2023'));
  });

  test('OAS staff may read the grid but not type into it; another country’s correspondent learns nothing', async () => {
    for (const role of ['reviewer', 'admin'] as const) {
      const client = await w.as(role);
      const grid = await client.get(GRID);
      assert.equal(grid.statusCode, 200, role);
      assert.equal(grid.json().canEdit, false, role);
      const put = await client.put(`${GRID}/cells`, edits([[TOTAL_2024, 1]]));
      assert.equal(put.statusCode, 403, role);
      assert.equal((await client.post(`${GRID}/submit`, {})).statusCode, 403, role);
    }
    const arg = await w.as('arg');
    for (const response of [
      await arg.get(GRID),
      await arg.put(`${GRID}/cells`, edits([[TOTAL_2024, 1]])),
      await arg.post(`${GRID}/submit`, {}),
    ]) {
      assert.equal(response.statusCode, 403);
      assert.deepEqual(Object.keys(response.json()), ['error']);
      assert.equal(response.json().error.code, 'FORBIDDEN');
    }
    assert.equal((await w.anonymous.get(GRID)).statusCode, 401);
    assert.equal((await (await w.as('chl')).get('/api/entry/NOPE/CHL')).json().error.code, 'TABLE_NOT_FOUND');
  });

  test('edits are saved as a draft and checked by the upload rules, each issue on its cell', async () => {
    const chl = await w.as('chl');
    const response = await chl.put(
      `${GRID}/cells?lang=en`,
      edits([
        [TOTAL_2024, 400],
        [key('_T', 'F', '2024'), 155],
        [key('_T', 'M', '2024'), 155],
        [key('VEN', '_T', '2024'), 210],
        [key('PER', '_T', '2024'), 100],
        [PER_2023, null],
      ]),
    );
    assert.equal(response.statusCode, 200, response.body);
    const saved = response.json();
    assert.equal(saved.applied, 6);
    assert.equal(saved.lastSeq, seq);
    const issues = saved.issues as GridIssue[];
    const additivity = issues.filter((i) => i.code === 'ADDITIVITY');
    assert.ok(additivity.length > 0 && additivity.every((i) => i.key === TOTAL_2024), JSON.stringify(issues));
    const missing = issues.find((i) => i.code === 'MISSING_STATUS');
    assert.equal(missing?.key, PER_2023);
    assert.match(missing?.message ?? '', /^Row Peru \(2023, Total\): the value is empty/);
    const grid = (await chl.get(GRID)).json();
    assert.equal(grid.source, 'draft');
    assert.equal(grid.cells.find((c: { key: string }) => c.key === TOTAL_2024).value, 400);
    assert.equal(grid.issues.length, issues.length, 'the grid comes back with the same issues');
    // The warnings come grouped by cause, as the submission will group them.
    const warnings = issues.filter((i) => i.severity === 'warning');
    const groups = saved.warningGroups as { id: string; count: number; message: string }[];
    assert.equal(
      groups.reduce((sum, g) => sum + g.count, 0),
      warnings.length,
    );
    for (const warning of warnings)
      assert.ok(
        groups.some((g) => g.id === warning.group),
        warning.code,
      );
  });

  test('a replayed batch changes nothing; bad keys and missing CSRF tokens are refused', async () => {
    const chl = await w.as('chl');
    const batch = edits([[key('VEN', '_T', '2024'), 999]]);
    assert.equal((await chl.put(`${GRID}/cells`, batch)).json().applied, 1);
    const retyped = edits([[key('VEN', '_T', '2024'), 210]]);
    assert.equal((await chl.put(`${GRID}/cells`, retyped)).json().applied, 1);
    const replay = await chl.put(`${GRID}/cells`, batch);
    assert.equal(replay.json().applied, 0, 'the lost answer’s batch, sent again, is ignored');
    const cells = (await chl.get(GRID)).json().cells as { key: string; value: number }[];
    assert.equal(cells.find((c) => c.key === key('VEN', '_T', '2024'))?.value, 210);

    const bad = await chl.put(`${GRID}/cells`, edits([['ARG.VEN._T._T.2024', 1]]));
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'INVALID_CELL_KEY');
    const noCsrf = await chl.request({
      method: 'PUT',
      url: `${GRID}/cells`,
      payload: edits([[TOTAL_2024, 1]]),
      headers: { 'x-csrf-token': '' },
    });
    assert.equal(noCsrf.statusCode, 403);
  });

  test('a draft with errors is refused with its issues', async () => {
    const chl = await w.as('chl');
    const refused = await chl.post(`${GRID}/submit`, {});
    assert.equal(refused.statusCode, 422);
    const error = refused.json().error;
    assert.equal(error.code, 'SUBMISSION_HAS_ERRORS');
    assert.ok(error.details.issues.some((i: GridIssue) => i.key === TOTAL_2024));
  });

  test('the corrected draft becomes a submitted upload with its file, report and observations', async () => {
    const chl = await w.as('chl');
    const fixed = await chl.put(
      `${GRID}/cells`,
      edits([
        [TOTAL_2024, 310],
        [PER_2023, 100],
      ]),
    );
    assert.deepEqual(
      fixed.json().issues.filter((i: GridIssue) => i.severity === 'error'),
      [],
    );
    const submitted = await chl.post(`${GRID}/submit`, {});
    assert.equal(submitted.statusCode, 201, submitted.body);
    const { id, status } = submitted.json();
    assert.equal(status, 'submitted');

    const reviewer = await w.as('reviewer');
    const detail = (await reviewer.get(`/api/submissions/${id}`)).json();
    assert.equal(detail.submission.status, 'submitted');
    assert.match(detail.submission.file.name, /^MIG_STOCK_FB-CHL-data-entry-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.equal(detail.submission.observationCount, 5, 'the one year typed, whole');
    assert.equal(detail.report.summary.errors, 0);
    assert.deepEqual(
      detail.events.map((e: { action: string }) => e.action),
      ['upload', 'submit'],
    );
    const grid = (await chl.get(GRID)).json();
    assert.equal(grid.source, 'published', 'the draft became the submission');
    assert.equal((await chl.post(`${GRID}/submit`, {})).statusCode, 400, 'nothing left to submit');
  });
});
