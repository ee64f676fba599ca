// Issue 17 through the HTTP API, on the store this run is configured for: a submission through
// its versions (v1 with an unknown label, mapped and re-checked in place; justified; returned
// with a cell comment; v2 uploaded to the same submission carries the justification over), its
// values as a pivot with each cell's change, the original files per version, "add as a version"
// offered on a second upload, bulk withdrawal, and four eyes per round and outside rounds.
// Uploads run the real ingest pipeline. Synthetic figures.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { multipartBody } from './support/multipart-body.js';
import { type Client, signIn, startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

const HEADER = 'COUNTRY_OF_BIRTH,SEX,AGE,TIME_PERIOD,OBS_VALUE\n';
const PER = 'PER,_T,_T,2023,250000\nPER,F,_T,2023,130000\nPER,M,_T,2023,120000\n';
// Row 2 names Venezuela as the national file does: UNKNOWN_CODE (an error) until it is mapped.
// VEN's total is 915 above its parts: ADDITIVITY_MINOR (a warning) at row 2 once mapped.
const V1 = `${HEADER}Venezuela (Rep. Bol.),_T,_T,2023,532715\nVEN,F,_T,2023,270000\nVEN,M,_T,2023,261800\n${PER}`;
// v2 moves VEN's rows down (a blank PER block first): the warning keeps its cell, not its row.
const V2 = `${HEADER}${PER}VEN,_T,_T,2023,532715\nVEN,F,_T,2023,270000\nVEN,M,_T,2023,261800\nECU,_T,_T,2023,1000\nECU,F,_T,2023,500\nECU,M,_T,2023,500\n`;
const PER_T = 'CHL.PER._T._T.2023';

function upload(client: Client, url: string, csv: string, name: string, fields: Record<string, string> = {}) {
  const body = multipartBody(fields, { name, content: csv });
  return client.request({ method: 'POST', url, ...body });
}

describe('a submission through its versions', () => {
  let w: WorkflowApp;
  let chl: Client;
  let reviewer: Client;
  let second: Client;
  let admin: Client;
  before(async () => {
    w = await startWorkflowApp();
    [chl, reviewer, admin] = await Promise.all([w.as('chl'), w.as('reviewer'), w.as('admin')]);
    const created = await admin.post('/api/users', {
      email: 'reviewer2@example.org',
      password: 'second-reviewer-pass',
      role: 'reviewer',
    });
    assert.equal(created.statusCode, 201, created.body);
    second = await signIn(w.app, 'reviewer2@example.org', 'second-reviewer-pass');
  });
  after(async () => w.close());

  test('v1 is mapped and re-checked in place, v2 keeps comments and carries justifications over', async () => {
    const round = await admin.post('/api/rounds', {
      name: 'Versions',
      deadline: '2099-12-31',
      opensAt: '2000-01-01',
      tables: { I: ['MIG_STOCK_FB'] },
    });
    assert.equal(round.statusCode, 201, round.body);
    assert.equal(round.json().round.fourEyes, true, 'new rounds need four eyes by default');

    const first = await upload(chl, '/api/submissions', V1, 'chl-v1.csv', {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
    });
    assert.equal(first.statusCode, 201, first.body);
    const id: number = first.json().id;
    assert.equal(first.json().openSubmission, undefined);
    const unknown = first.json().report.issues.find((i: { code: string }) => i.code === 'UNKNOWN_CODE');
    assert.equal(unknown.row, 2);

    // Map the national label, then check again: same submission, same version, no error.
    const mapped = await chl.post('/api/mappings', {
      country: 'CHL',
      dimension: 'COUNTRY_OF_BIRTH',
      sourceValue: unknown.value,
      code: 'VEN',
    });
    assert.equal(mapped.statusCode, 201, mapped.body);
    const rechecked = await chl.post(`/api/submissions/${id}/recheck`, {});
    assert.equal(rechecked.statusCode, 200, rechecked.body);
    assert.equal(rechecked.json().id, id);
    assert.equal(rechecked.json().version, 1);
    assert.equal(rechecked.json().report.summary.errors, 0);
    let detail = (await chl.get(`/api/submissions/${id}`)).json();
    assert.equal(detail.versions.length, 1);
    assert.equal(detail.versions[0].summary.errors, 0);
    assert.equal(detail.versions[0].summary.observations, 6);
    assert.deepEqual(
      detail.warnings.map((x: { code: string; row: number | null }) => [x.code, x.row]),
      [
        ['ADDITIVITY_MINOR', 2],
        ['INCOMPLETE', null],
      ],
    );
    assert.ok(detail.events.some((e: { action: string }) => e.action === 'recheck'));

    // Justify both warnings, submit; the reviewer comments on a cell and returns.
    await chl.post(`/api/submissions/${id}/justifications`, { row: 2, text: 'Provisional total.' });
    await chl.post(`/api/submissions/${id}/justifications`, { text: 'Only the main origins.' });
    assert.equal((await chl.post(`/api/submissions/${id}/submit`, {})).statusCode, 200);
    const commented = await reviewer.post(`/api/submissions/${id}/comments`, {
      key: PER_T,
      text: 'Check PER.',
    });
    assert.equal(commented.statusCode, 200, commented.body);
    assert.equal(
      (await reviewer.post(`/api/submissions/${id}/return`, { message: 'Fix PER.' })).statusCode,
      200,
    );

    // A reviewer cannot add a version; a second upload through POST /api/submissions is offered
    // as a version of the open one, and withdrawn in bulk.
    assert.equal((await upload(reviewer, `/api/submissions/${id}/versions`, V2, 'x.csv')).statusCode, 403);
    const stray = await upload(chl, '/api/submissions', V2, 'stray.csv', {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
    });
    assert.equal(stray.statusCode, 201, stray.body);
    assert.deepEqual(stray.json().openSubmission, { id });
    const withdrawn = await chl.post('/api/submissions/withdraw', { ids: [stray.json().id, id + 10_000] });
    assert.deepEqual(withdrawn.json().withdrawn, [stray.json().id]);
    assert.deepEqual(withdrawn.json().refused, [{ id: id + 10_000, code: 'SUBMISSION_NOT_FOUND' }]);

    // v2: same submission, comments stay, justifications carried over to the warnings' new rows.
    const v2 = await upload(chl, `/api/submissions/${id}/versions`, V2, 'chl-v2.csv');
    assert.equal(v2.statusCode, 201, v2.body);
    assert.equal(v2.json().id, id);
    assert.equal(v2.json().version, 2);
    assert.equal(v2.json().carriedJustifications, 2);
    detail = (await chl.get(`/api/submissions/${id}`)).json();
    assert.equal(detail.submission.status, 'returned');
    assert.equal(detail.submission.version, 2);
    assert.deepEqual(
      detail.versions.map((v: { n: number; file: { name: string } }) => [v.n, v.file.name]),
      [
        [1, 'chl-v1.csv'],
        [2, 'chl-v2.csv'],
      ],
    );
    assert.equal(detail.versions[1].summary.observations, 9);
    assert.equal(detail.versions[1].createdBy, detail.submission.createdBy);
    assert.deepEqual(
      detail.warnings.map((x: { code: string; row: number | null; justification: string }) => [
        x.code,
        x.row,
        x.justification,
      ]),
      [
        ['ADDITIVITY_MINOR', 5, 'Provisional total.'],
        ['INCOMPLETE', null, 'Only the main origins.'],
      ],
    );
    assert.deepEqual(
      detail.comments.map((c: { key: string; text: string; version: number }) => [c.key, c.text, c.version]),
      [[PER_T, 'Check PER.', 1]],
    );
    assert.ok(
      detail.events.some(
        (e: { action: string; message: string }) => e.action === 'version' && e.message === 'v2',
      ),
    );

    // Each version's original file, for the correspondent and OAS staff.
    const file1 = await reviewer.get(`/api/submissions/${id}/versions/1/file`);
    assert.equal(file1.statusCode, 200);
    assert.equal(file1.body, V1);
    assert.match(file1.headers['content-disposition'] as string, /chl-v1\.csv/);
    assert.equal((await chl.get(`/api/submissions/${id}/versions/2/file`)).body, V2);
    assert.equal(
      (await chl.get(`/api/submissions/${id}/versions/3/file`)).json().error.code,
      'VERSION_NOT_FOUND',
    );
    assert.equal((await (await w.as('arg')).get(`/api/submissions/${id}/versions/1/file`)).statusCode, 403);

    // The values against the previous version: ECU is new, nothing else changed.
    const pivot = (
      await reviewer.get(`/api/submissions/${id}/pivot?compare=previous&rows=COUNTRY_OF_BIRTH&cols=SEX`)
    ).json();
    assert.deepEqual(pivot.summary, { new: 3, changed: 0, unchanged: 6, removed: 0 });
    assert.equal(pivot.compare.version, 1);
    const changedOnly = (
      await reviewer.get(
        `/api/submissions/${id}/pivot?compare=previous&only=changed&rows=COUNTRY_OF_BIRTH&cols=SEX`,
      )
    ).json();
    // Only ECU is left: a dimension with one code is stated once, not laid out.
    assert.deepEqual(
      changedOnly.fixed.map((f: { id: string; code: string }) => [f.id, f.code]),
      [
        ['REF_AREA', 'CHL'],
        ['COUNTRY_OF_BIRTH', 'ECU'],
        ['AGE', '_T'],
        ['TIME_PERIOD', '2023'],
      ],
    );
    assert.equal(changedOnly.rows.length, 1);
    assert.ok(changedOnly.rows[0].cells.every((c: { change: string }) => c.change === 'new'));

    // Resubmit; four eyes: the reviewer who accepts may not publish, another one may.
    assert.equal((await chl.post(`/api/submissions/${id}/submit`, {})).statusCode, 200);
    assert.equal((await second.post(`/api/submissions/${id}/accept`, {})).statusCode, 200);
    const accepted = (await second.get(`/api/submissions/${id}`)).json();
    assert.deepEqual(accepted.fourEyes.required, true);
    assert.ok(!accepted.allowedActions.includes('publish'));
    assert.ok((await reviewer.get(`/api/submissions/${id}`)).json().allowedActions.includes('publish'));
    const refused = await second.post(`/api/submissions/${id}/publish`, {});
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.code, 'FOUR_EYES');
    const published = await reviewer.post(`/api/submissions/${id}/publish`, {});
    assert.equal(published.statusCode, 200, published.body);
    assert.equal(published.json().release.observationCount, 9);

    // Published notes come from v2's carried justification; old → new is against the release now.
    const note = (
      await w.anonymous.get('/api/data/MIG_STOCK_FB?REF_AREA=CHL&COUNTRY_OF_BIRTH=VEN&SEX=_T')
    ).json();
    assert.equal(note.observations[0].note, 'Provisional total.');
    const list = (await reviewer.get('/api/submissions?table=MIG_STOCK_FB&country=CHL')).json().submissions;
    assert.equal(list.filter((s: { status: string }) => s.status !== 'withdrawn').length, 1);
  });

  test('the pivot shows old → new against what is published, with warnings and comments', async () => {
    const csv = `${HEADER}VEN,_T,_T,2023,540000\nVEN,F,_T,2023,278200\nVEN,M,_T,2023,261800\nPER,_T,_T,2023,250000\nPER,F,_T,2023,130000\nPER,M,_T,2023,120000\n`;
    const posted = await upload(chl, '/api/submissions', csv, 'rev.csv', {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
    });
    assert.equal(posted.statusCode, 201, posted.body);
    const id = posted.json().id;
    await chl.post(`/api/submissions/${id}/comments`, { key: 'CHL.VEN._T._T.2023', text: 'Revised.' });
    const pivot = (await reviewer.get(`/api/submissions/${id}/pivot?rows=COUNTRY_OF_BIRTH&cols=SEX`)).json();
    assert.deepEqual(pivot.summary, { new: 0, changed: 2, unchanged: 4, removed: 3 });
    const sexes = pivot.colKeys.map((k: string[]) => k[0]);
    const ven = pivot.rows.find((r: { key: string[] }) => r.key[0] === 'VEN');
    const total = ven.cells[sexes.indexOf('_T')];
    assert.equal(total.key, 'CHL.VEN._T._T.2023');
    assert.equal(total.change, 'changed');
    assert.deepEqual(total.old, { value: 532715, status: 'A' });
    assert.equal(total.value, 540000);
    assert.equal(total.changePct, 1.4);
    assert.equal(total.comments, 1);
    const ecu = pivot.rows.find((r: { key: string[] }) => r.key[0] === 'ECU');
    assert.ok(
      ecu.cells.every((c: { change: string; value: null }) => c.change === 'removed' && c.value === null),
    );
    const warned = (await reviewer.get(`/api/submissions/${id}/pivot?only=warnings`)).json();
    assert.equal(warned.count, 0, 'INCOMPLETE is table-wide: no cell carries it');
    const bad = await reviewer.get(`/api/submissions/${id}/pivot?rows=COLOUR`);
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'UNKNOWN_DIMENSION');
    assert.equal((await reviewer.post(`/api/submissions/${id}/recheck`, {})).statusCode, 403);
  });

  test('outside rounds four eyes follows SICREMI_FOUR_EYES (off by default); rounds may turn it off', async () => {
    const off = await admin.post('/api/rounds', {
      name: 'One reviewer',
      deadline: '2099-12-31',
      opensAt: '2001-01-01',
      tables: { I: ['MIG_STOCK_FB'] },
      fourEyes: false,
    });
    assert.equal(off.json().round.fourEyes, false);
    const csv = `${HEADER}PER,_T,_T,2022,250000\nPER,F,_T,2022,130000\nPER,M,_T,2022,120000\n`;
    const posted = await upload(chl, '/api/submissions', csv, 'one.csv', {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
    });
    const id = posted.json().id;
    await chl.post(`/api/submissions/${id}/justifications`, { text: 'Only PER.' });
    assert.equal((await chl.post(`/api/submissions/${id}/submit`, {})).statusCode, 200);
    assert.equal((await reviewer.post(`/api/submissions/${id}/accept`, {})).statusCode, 200);
    const published = await reviewer.post(`/api/submissions/${id}/publish`, {});
    assert.equal(published.statusCode, 200, published.body);
  });
});

describe('the coverage matrix counts a saved grid draft as in progress', () => {
  let w: WorkflowApp;
  before(async () => {
    w = await startWorkflowApp();
  });
  after(async () => w.close());

  test('typed figures, not yet submitted, are "in progress"; nothing typed is "not started"', async () => {
    const [admin, arg, reviewer] = await Promise.all([w.as('admin'), w.as('arg'), w.as('reviewer')]);
    await admin.post('/api/rounds', {
      name: 'Grid',
      deadline: '2099-12-31',
      opensAt: '2001-01-01',
      tables: { I: ['MIG_STOCK_FB', 'MIG_ASYLUM'], II: ['MIG_STOCK_FB'], III: ['MIG_STOCK_FB'] },
    });
    const before = (await reviewer.get('/api/coverage?round=Grid')).json();
    const argStock = (data: { cells: { country: string; table: string; status: string }[] }) =>
      data.cells.find((c) => c.country === 'ARG' && c.table === 'MIG_STOCK_FB')?.status;
    assert.equal(argStock(before), 'not_started');
    const saved = await arg.put('/api/entry/MIG_STOCK_FB/ARG/cells', {
      client: 'browser-one',
      edits: [{ seq: 1, key: 'ARG.PRY._T._T.2023', value: 1200, status: '' }],
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const after = (await reviewer.get('/api/coverage?round=Grid')).json();
    assert.equal(argStock(after), 'in_progress');
    assert.equal(after.summary.byStatus.in_progress, 1);
  });
});

describe('four eyes outside rounds (SICREMI_FOUR_EYES on)', () => {
  let w: WorkflowApp;
  before(async () => {
    w = await startWorkflowApp({ fourEyes: true });
  });
  after(async () => w.close());

  test('a submission in no round needs a second reviewer to publish', async () => {
    const [chl, reviewer, admin] = await Promise.all([w.as('chl'), w.as('reviewer'), w.as('admin')]);
    const csv = `${HEADER}PER,_T,_T,2021,250000\nPER,F,_T,2021,130000\nPER,M,_T,2021,120000\n`;
    const posted = await upload(chl, '/api/submissions', csv, 'no-round.csv', {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
    });
    const id = posted.json().id;
    assert.equal((await chl.get(`/api/submissions/${id}`)).json().submission.roundId, null);
    await chl.post(`/api/submissions/${id}/justifications`, { text: 'Only PER.' });
    await chl.post(`/api/submissions/${id}/submit`, {});
    assert.equal((await reviewer.post(`/api/submissions/${id}/accept`, {})).statusCode, 200);
    assert.equal((await reviewer.post(`/api/submissions/${id}/publish`, {})).json().error.code, 'FOUR_EYES');
    assert.equal((await admin.post(`/api/submissions/${id}/publish`, {})).statusCode, 200);
  });
});
