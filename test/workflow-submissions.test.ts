// The submission lifecycle's refusals and review aids: errors block submission, transitions
// out of order conflict, withdrawal, embargoed publication, mirror statistics, upload limits.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getTable } from '../src/framework/index.js';
import { publishRelease } from '../src/store/repositories/releases.js';
import { multipartBody } from './support/multipart-body.js';
import { stageDraft } from './support/stage-draft.js';
import { startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

describe('submission lifecycle rules and review aids', () => {
  let w: WorkflowApp;
  const cell = (cob: string, year: string, value: number) =>
    [{ COUNTRY_OF_BIRTH: cob, SEX: '_T', AGE: '_T', TIME_PERIOD: year }, value] as [
      Record<string, string>,
      number,
    ];

  before(async () => {
    w = await startWorkflowApp();
  });
  after(async () => w.close());

  test('a submission with errors cannot be submitted', async () => {
    const chl = await w.as('chl');
    const id = await stageDraft(w.testStore.store, {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      cells: [cell('PER', '2021', 1)],
      issues: [{ code: 'NEGATIVE_VALUE', severity: 'error', row: 2 }],
    });
    const refused = await chl.post(`/api/submissions/${id}/submit`, {});
    assert.equal(refused.statusCode, 422);
    assert.equal(refused.json().error.code, 'SUBMISSION_HAS_ERRORS');
    assert.match(
      (
        await chl.request({
          method: 'POST',
          url: `/api/submissions/${id}/submit`,
          payload: {},
          headers: { 'accept-language': 'es' },
        })
      ).json().error.message,
      /El envío tiene 1 error/,
    );
  });

  test('actions out of order conflict (409); a draft can be withdrawn, then nothing more', async () => {
    const chl = await w.as('chl');
    const reviewer = await w.as('reviewer');
    const id = await stageDraft(w.testStore.store, {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      cells: [cell('PER', '2020', 2)],
    });
    const early = await reviewer.post(`/api/submissions/${id}/accept`, {});
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().error.code, 'TRANSITION_NOT_ALLOWED');
    assert.equal((await chl.post(`/api/submissions/${id}/withdraw`, {})).json().status, 'withdrawn');
    assert.equal((await chl.post(`/api/submissions/${id}/submit`, {})).statusCode, 409);
    assert.equal((await chl.post(`/api/submissions/${id}/justifications`, { text: 'late' })).statusCode, 409);
    assert.equal((await chl.post(`/api/submissions/${id}/frobnicate`, {})).statusCode, 404);
    assert.equal((await chl.get('/api/submissions/999999')).json().error.code, 'SUBMISSION_NOT_FOUND');
    const badKey = await chl.post(`/api/submissions/${id}/comments`, { text: 'x', key: 'CHL.PER' });
    assert.equal(badKey.json().error.code, 'INVALID_CELL_KEY');
    const listed = (await chl.get('/api/submissions?status=withdrawn')).json().submissions;
    assert.deepEqual(
      listed.map((s: { id: number }) => s.id),
      [id],
    );
  });

  test('an embargoed release stays invisible to the public until its time', async () => {
    const chl = await w.as('chl');
    const reviewer = await w.as('reviewer');
    const id = await stageDraft(w.testStore.store, {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      cells: [cell('ECU', '2019', 777)],
    });
    await chl.post(`/api/submissions/${id}/submit`, {});
    await reviewer.post(`/api/submissions/${id}/accept`, {});
    const publishAt = new Date(Date.now() + 86_400_000).toISOString();
    const published = (await reviewer.post(`/api/submissions/${id}/publish`, { publishAt })).json();
    assert.equal(published.release.publishedAt, publishAt);
    const publicRead = (
      await w.anonymous.get('/api/data/MIG_STOCK_FB?REF_AREA=CHL&COUNTRY_OF_BIRTH=ECU')
    ).json();
    assert.equal(publicRead.observations.length, 0);
    const key = 'CHL.ECU._T._T.2019';
    const publicHistory = await w.anonymous.get(`/api/observations/history?table=MIG_STOCK_FB&key=${key}`);
    assert.equal(publicHistory.statusCode, 404, 'an embargoed cell does not exist for the public');
    assert.equal(publicHistory.json().error.code, 'CELL_NOT_FOUND');
    const signedInPublic = await reviewer.get(`/api/observations/history?table=MIG_STOCK_FB&key=${key}`);
    assert.equal(signedInPublic.statusCode, 404, 'the public route is public whoever calls it');
    const staffHistory = (
      await reviewer.get(`/api/restricted/observations/history?table=MIG_STOCK_FB&key=${key}`)
    ).json();
    assert.equal(staffHistory.history[0].value, 777);
  });

  test('a publication time in the past is refused with 422 PUBLISH_AT_IN_PAST; within 60 s it means now', async () => {
    const chl = await w.as('chl');
    const reviewer = await w.as('reviewer');
    const id = await stageDraft(w.testStore.store, {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      cells: [cell('COL', '2016', 4242)],
    });
    await chl.post(`/api/submissions/${id}/submit`, {});
    await reviewer.post(`/api/submissions/${id}/accept`, {});
    for (const publishAt of ['2001-01-01T00:00:00Z', new Date(Date.now() - 5 * 60_000).toISOString()]) {
      const refused = await reviewer.post(`/api/submissions/${id}/publish`, { publishAt });
      assert.equal(refused.statusCode, 422, publishAt);
      assert.equal(refused.json().error.code, 'PUBLISH_AT_IN_PAST');
    }
    const asOld = await w.anonymous.get(
      '/api/data/MIG_STOCK_FB?REF_AREA=CHL&COUNTRY_OF_BIRTH=COL&asOf=2002-01-01',
    );
    assert.equal(asOld.json().observations.length, 0, 'nothing was published back in time');
    assert.equal((await chl.get(`/api/submissions/${id}`)).json().submission.status, 'accepted');
    const before = new Date().toISOString();
    const skewed = new Date(Date.now() - 30_000).toISOString();
    const published = await reviewer.post(`/api/submissions/${id}/publish`, { publishAt: skewed });
    assert.equal(published.statusCode, 200);
    assert.ok(published.json().release.publishedAt >= before, 'the release is dated when it became public');
  });

  test('mirror statistics set a country against its partner’s published figures (§6.5)', async () => {
    await w.testStore.store.transaction((tx) =>
      publishRelease(tx, {
        table: getTable('MIG_EMIGRATION')!,
        publishedAt: new Date(Date.now() - 1000).toISOString(),
        observations: [
          {
            observation: {
              table: 'MIG_EMIGRATION',
              key: { REF_AREA: 'ARG', COUNTERPART_AREA: 'CHL', SEX: '_T', TIME_PERIOD: '2018' },
              value: 1000,
              status: 'A',
              conf: 'F',
            },
          },
        ],
      }),
    );
    const id = await stageDraft(w.testStore.store, {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      cells: [cell('ARG', '2018', 1100), cell('ARG', '2017', 900)],
    });
    const mirror = (await (await w.as('reviewer')).get(`/api/submissions/${id}`)).json().mirror;
    assert.deepEqual(mirror, [
      {
        partner: 'ARG',
        year: '2018',
        value: 1100,
        partnerTable: 'MIG_EMIGRATION',
        partnerValue: 1000,
        differencePct: 10,
      },
    ]);
  });

  test('uploads: the file part is required and the size limit answers 413', async () => {
    const chl = await w.as('chl');
    const noFile = await chl.request({
      method: 'POST',
      url: '/api/submissions',
      payload: { table: 'MIG_STOCK_FB', country: 'CHL' },
    });
    assert.equal(noFile.statusCode, 400);
    assert.equal(noFile.json().error.code, 'FILE_MISSING');
    const big = 'COUNTRY_OF_BIRTH,SEX,AGE,TIME_PERIOD,OBS_VALUE\n' + 'PER,_T,_T,2023,1\n'.repeat(80_000);
    const tooLarge = await chl.request({
      method: 'POST',
      url: '/api/submissions',
      ...multipartBody({ table: 'MIG_STOCK_FB', country: 'CHL' }, { name: 'big.csv', content: big }),
    });
    assert.equal(tooLarge.statusCode, 413);
    assert.equal(tooLarge.json().error.code, 'PAYLOAD_TOO_LARGE');
    const badTable = await chl.request({
      method: 'POST',
      url: '/api/submissions',
      ...multipartBody({ table: 'NOPE', country: 'CHL' }, { name: 'x.csv', content: 'a\n' }),
    });
    assert.equal(badTable.statusCode, 422);
    assert.equal(badTable.json().error.code, 'TABLE_NOT_FOUND');
  });
});
