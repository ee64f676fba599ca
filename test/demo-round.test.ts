// The demo's current round (issue 17), on the store this run is configured for: real figures
// of three pilot countries sent through the real pipeline, in several states at once — Chile's
// awaiting review, Argentina's returned with its reason, Canada's accepted and waiting for a
// second reviewer (four eyes) — and nothing published. Opened once: a store with a round is
// left alone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openDemoRound } from '../src/workflow/demo-round.js';
import { startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

describe('the demo round', () => {
  let w: WorkflowApp;
  before(async () => {
    w = await startWorkflowApp();
  });
  after(async () => w.close());

  test('shows the loop in several states, with real figures, and publishes nothing', async () => {
    const releasesBefore = await w.testStore.store.db.selectFrom('releases').select('id').execute();
    assert.equal(await openDemoRound(w.testStore.store, w.testStore.dataDir), true);
    assert.equal(await openDemoRound(w.testStore.store, w.testStore.dataDir), false, 'opened once');
    const reviewer = await w.as('reviewer');
    const [round] = (await reviewer.get('/api/rounds')).json().rounds;
    assert.equal(round.name, 'Demo round');
    assert.equal(round.fourEyes, true);
    assert.ok(round.deadline > new Date().toISOString(), 'the deadline is ahead');
    const coverage = (await reviewer.get(`/api/coverage?round=${round.id}`)).json();
    const status = (country: string, table: string) =>
      coverage.cells.find(
        (c: { country: string; table: string }) => c.country === country && c.table === table,
      )?.status;
    assert.equal(status('CHL', 'MIG_STOCK_FB'), 'submitted');
    assert.equal(status('ARG', 'MIG_STOCK_FB'), 'returned');
    assert.equal(status('CAN', 'MIG_INFLOW_PERM'), 'accepted');

    // Real figures: Argentina's 2020 total is UN DESA's International Migrant Stock 2020 value.
    const argId = coverage.cells.find(
      (c: { country: string; table: string }) => c.country === 'ARG' && c.table === 'MIG_STOCK_FB',
    ).submissionId;
    const arg = await w.as('arg');
    const detail = (await arg.get(`/api/submissions/${argId}`)).json();
    assert.match(
      detail.events.find((e: { action: string }) => e.action === 'return').message,
      /confirm the 2020 total/,
    );
    const pivot = (await arg.get(`/api/submissions/${argId}/pivot`)).json();
    const cells = pivot.rows.flatMap((r: { cells: ({ key: string; value: number } | null)[] }) => r.cells);
    const total = cells.find((c: { key: string } | null) => c?.key === 'ARG._T._T._T.2020');
    assert.equal(total.value, 2281728);

    // Four eyes: the demo reviewer accepted Canada's, so it may not publish it.
    const canId = coverage.cells.find(
      (c: { country: string; table: string }) => c.country === 'CAN' && c.table === 'MIG_INFLOW_PERM',
    ).submissionId;
    assert.equal(
      (await reviewer.post(`/api/submissions/${canId}/publish`, {})).json().error.code,
      'FOUR_EYES',
    );
    const releasesAfter = await w.testStore.store.db.selectFrom('releases').select('id').execute();
    assert.equal(releasesAfter.length, releasesBefore.length, 'nothing published');
  });
});
