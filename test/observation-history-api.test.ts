// The history of a cell: public through disclosure control, per release; provenance on the
// authenticated twin only; a cell never published is 404.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CONFIDENTIAL_VALUE,
  loadSyntheticFixture,
  SECONDARY_VALUES,
  SYNTHETIC_SOURCE,
} from './sdmx-synthetic.js';
import { STORE_KIND } from './support/test-store.js';
import { startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

const url = (key: string, restricted = false) =>
  `/api/${restricted ? 'restricted/' : ''}observations/history?table=MIG_STOCK_FB&key=${key}`;

interface Entry {
  value: number | null;
  status: string;
  conf: string;
  note: string | null;
  protection?: string;
  source?: { publisher?: string };
  provenance?: unknown;
}

describe(`cell history on ${STORE_KIND}`, () => {
  let w: WorkflowApp;
  before(async () => {
    w = await startWorkflowApp();
    await loadSyntheticFixture(w.testStore.store);
  });
  after(async () => w.close());

  test('the public sees the confidential cell and its secondary partner suppressed, as /api/data does', async () => {
    for (const [key, conf] of [
      ['CHL.HTI.F._T.2020', 'C'],
      ['CHL.BOL.F._T.2020', 'S'],
    ] as const) {
      const res = await w.anonymous.get(url(key));
      assert.equal(res.statusCode, 200);
      const [entry] = res.json().history as Entry[];
      assert.deepEqual(
        { value: entry!.value, status: entry!.status, conf: entry!.conf, note: entry!.note },
        { value: null, status: 'Q', conf, note: null },
      );
      assert.equal(entry!.provenance, undefined);
      assert.equal(entry!.protection, undefined);
      // The third-party source is cited; its row is not given for a withheld value.
      assert.deepEqual(entry!.source, { ...SYNTHETIC_SOURCE, table: 'MIG_STOCK_FB' });
    }
    const published = (await w.anonymous.get(url('CHL.PER.F._T.2020'))).json().history[0] as Entry;
    assert.equal(published.value, 60212);
  });

  test('the restricted twin gives staff the values and where they came from', async () => {
    const reviewer = await w.as('reviewer');
    const secret = (await reviewer.get(url('CHL.HTI.F._T.2020', true))).json().history[0] as Entry;
    assert.equal(secret.value, CONFIDENTIAL_VALUE);
    assert.equal(secret.protection, 'primary');
    assert.deepEqual(secret.provenance, { submissionId: null, fileSha256: null, sourceRow: null });
    const partner = (await reviewer.get(url('CHL.BOL.F._T.2020', true))).json().history[0] as Entry;
    assert.equal(partner.value, SECONDARY_VALUES[0]);
    assert.equal(partner.protection, 'secondary');
    // A correspondent of another country reads CHL as the public does, without provenance.
    const arg = await w.as('arg');
    const other = (await arg.get(url('CHL.BOL.F._T.2020', true))).json().history[0] as Entry;
    assert.equal(other.value, null);
    assert.equal(other.provenance, undefined);
    assert.equal((await w.anonymous.get(url('CHL.HTI.F._T.2020', true))).statusCode, 401);
  });

  test('a key never published answers 404 CELL_NOT_FOUND, not an empty history', async () => {
    for (const key of ['CHL.HTI.F._T.1999', 'CHL.XXX.F._T.2020']) {
      const res = await w.anonymous.get(url(key));
      assert.equal(res.statusCode, 404, key);
      assert.equal(res.json().error.code, 'CELL_NOT_FOUND');
    }
    assert.equal((await w.anonymous.get(url('CHL.HTI'))).json().error.code, 'INVALID_CELL_KEY');
  });
});
