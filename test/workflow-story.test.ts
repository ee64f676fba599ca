// The whole story of issue 4 through the HTTP API, on the store this run is configured for:
// a CHL correspondent uploads a file with a warning, justifies it and submits; a reviewer
// comments on a cell and returns it; the correspondent fixes and resubmits; the reviewer accepts
// and publishes; the public API shows the value with its footnote; a second release revises it;
// asOf before the revision returns the old value; the audit log shows every step; the ARG
// correspondent saw none of it. Uploads run the real ingest pipeline. Synthetic figures.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { multipartBody } from './support/multipart-body.js';
import { type Client, startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

const VEN = 'CHL.VEN._T._T.2023';
// Row 2, VEN's total, is 915 above its parts (within the 0.5 % tolerance): an ADDITIVITY_MINOR
// warning there; and the table lacks the all-origins totals: an INCOMPLETE warning, table-wide.
const HEADER = 'COUNTRY_OF_BIRTH,SEX,AGE,TIME_PERIOD,OBS_VALUE\n';
const PER = 'PER,_T,_T,2023,250000\nPER,F,_T,2023,130000\nPER,M,_T,2023,120000\n';
const FIRST = `${HEADER}VEN,_T,_T,2023,532715\nVEN,F,_T,2023,270000\nVEN,M,_T,2023,261800\n${PER}`;
const REVISED = `${HEADER}VEN,_T,_T,2023,540000\nVEN,F,_T,2023,278200\nVEN,M,_T,2023,261800\n${PER}`;
const FOOTNOTE = 'Includes persons regularised in 2023 whose sex was not recorded.';

async function upload(client: Client, csv: string, name: string) {
  const body = multipartBody({ table: 'MIG_STOCK_FB', country: 'CHL' }, { name, content: csv });
  return client.request({ method: 'POST', url: '/api/submissions', ...body });
}

async function publicValue(w: WorkflowApp, query = '') {
  const response = await w.anonymous.get(
    `/api/data/MIG_STOCK_FB?REF_AREA=CHL&COUNTRY_OF_BIRTH=VEN&SEX=_T${query}`,
  );
  assert.equal(response.statusCode, 200, response.body);
  const cell = response
    .json()
    .observations.find((o: { key: Record<string, string> }) => o.key.TIME_PERIOD === '2023');
  return cell as { value: number; note: string | null; releaseId: number };
}

describe('the submission story, end to end through the API', () => {
  let w: WorkflowApp;
  before(async () => {
    w = await startWorkflowApp();
  });
  after(async () => w.close());

  test('upload, justify, submit, return, fix, resubmit, accept, publish, revise, read back', async () => {
    const chl = await w.as('chl');
    const arg = await w.as('arg');
    const reviewer = await w.as('reviewer');
    const admin = await w.as('admin');

    // 1. Upload: validated by the ingest pipeline, staged as a draft with two warnings.
    const uploaded = await upload(chl, FIRST, 'chile-stock-2023.csv');
    assert.equal(uploaded.statusCode, 201, uploaded.body);
    const { id, status, report } = uploaded.json();
    assert.equal(status, 'draft');
    assert.deepEqual(
      report.issues.map((i: { code: string; row?: number }) => [i.code, i.row ?? null]),
      [
        ['ADDITIVITY_MINOR', 2],
        ['INCOMPLETE', null],
      ],
    );

    // The ARG correspondent can neither read nor act on it.
    const peek = await arg.get(`/api/submissions/${id}`);
    assert.equal(peek.statusCode, 403);
    assert.deepEqual(Object.keys(peek.json()), ['error']);
    assert.equal((await arg.get('/api/submissions')).json().submissions.length, 0);

    // 2. A warning without justification blocks submission.
    const blocked = await chl.post(`/api/submissions/${id}/submit`, {});
    assert.equal(blocked.statusCode, 422);
    assert.equal(blocked.json().error.code, 'JUSTIFICATION_MISSING');
    assert.equal(blocked.json().error.details.warnings[0].row, 2);
    assert.match(blocked.json().error.message, /^2 warning/);

    // 3. Justify both warnings (one at its row, one table-wide), submit.
    const justified = await chl.post(`/api/submissions/${id}/justifications`, {
      row: 2,
      text: 'Provisional.',
    });
    assert.equal(justified.statusCode, 200, justified.body);
    await chl.post(`/api/submissions/${id}/justifications`, {
      text: 'Only the two main origins are reported.',
    });
    const submitted = await chl.post(`/api/submissions/${id}/submit`, { message: 'Stock 2023' });
    assert.equal(submitted.json().status, 'submitted');
    assert.ok(w.sent.some((m) => m.to === 'reviewer@demo.sicremi.org' && m.kind === 'review'));

    // 4. The reviewer sees the review aids, comments on the cell and returns it.
    const detail = (await reviewer.get(`/api/submissions/${id}`)).json();
    assert.equal(detail.diff.summary.new, 6);
    assert.equal(detail.warnings[0].justification, 'Provisional.');
    assert.match(detail.warnings[0].message, /532[,.]?715/);
    const spanish = (await reviewer.get(`/api/submissions/${id}?lang=es`)).json();
    assert.notEqual(spanish.warnings[0].message, detail.warnings[0].message);
    assert.equal(detail.warnings[1].justification, 'Only the two main origins are reported.');
    assert.equal(detail.submission.file.name, 'chile-stock-2023.csv');
    // The original file, as sent, from wherever it is kept (PostgreSQL, or the data directory).
    const original = await reviewer.get(`/api/submissions/${id}/file`);
    assert.equal(original.statusCode, 200);
    assert.equal(original.body, FIRST);
    assert.equal(original.headers.etag, `"${detail.submission.fileSha256}"`);
    assert.deepEqual(detail.allowedActions, ['return', 'accept']);
    const comment = await reviewer.post(`/api/submissions/${id}/comments`, {
      key: VEN,
      text: 'What explains the jump?',
    });
    assert.equal(comment.json().comment.key, VEN);
    const returned = await reviewer.post(`/api/submissions/${id}/return`, {
      message: 'Please explain VEN 2023.',
    });
    assert.equal(returned.json().status, 'returned');
    assert.ok(w.sent.some((m) => m.to === 'chl@demo.sicremi.org' && /explain VEN/.test(m.text)));

    // 5. The correspondent answers on the cell, fixes the justification and resubmits.
    const thread = (await chl.get(`/api/submissions/${id}`)).json().comments;
    assert.equal(thread[0].text, 'What explains the jump?');
    await chl.post(`/api/submissions/${id}/comments`, {
      key: { REF_AREA: 'CHL', COUNTRY_OF_BIRTH: 'VEN', SEX: '_T', AGE: '_T', TIME_PERIOD: '2023' },
      text: 'Regularisation of 2023.',
    });
    await chl.post(`/api/submissions/${id}/justifications`, { row: 2, text: FOOTNOTE });
    assert.equal((await chl.post(`/api/submissions/${id}/submit`, {})).json().status, 'submitted');

    // 6. Accept and publish; the public sees the value with its footnote.
    assert.equal((await chl.post(`/api/submissions/${id}/accept`, {})).statusCode, 403);
    assert.equal((await reviewer.post(`/api/submissions/${id}/accept`, {})).json().status, 'accepted');
    const published = (
      await reviewer.post(`/api/submissions/${id}/publish`, { notes: 'CHL stock 2023' })
    ).json();
    assert.equal(published.status, 'published');
    const firstRelease = published.release.id;
    const first = await publicValue(w);
    assert.equal(first.value, 532715);
    assert.equal(first.note, FOOTNOTE);
    assert.equal(first.releaseId, firstRelease);
    const between = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 10));

    // 7. A second release revises the value.
    const second = (await upload(chl, REVISED, 'chile-stock-2023-rev.csv')).json();
    const diff = (await reviewer.get(`/api/submissions/${second.id}`)).json().diff;
    assert.deepEqual(diff.summary, { new: 0, changed: 2, unchanged: 4, removed: 0 });
    assert.deepEqual(
      diff.changed.find((c: { key: string }) => c.key === VEN),
      { key: VEN, old: { value: 532715, status: 'A' }, new: { value: 540000, status: 'A' }, changePct: 1.4 },
    );
    await chl.post(`/api/submissions/${second.id}/justifications`, { text: 'Only the two main origins.' });
    assert.equal((await chl.post(`/api/submissions/${second.id}/submit`, {})).json().status, 'submitted');
    await reviewer.post(`/api/submissions/${second.id}/accept`, {});
    const secondRelease = (await reviewer.post(`/api/submissions/${second.id}/publish`, {})).json().release
      .id;
    assert.ok(secondRelease > firstRelease);
    assert.equal((await publicValue(w)).value, 540000);
    const old = await publicValue(w, `&asOf=${encodeURIComponent(between)}`);
    assert.equal(old.value, 532715);
    assert.equal(old.note, FOOTNOTE);
    assert.equal((await publicValue(w)).note, null, 'the revised value carries no footnote');
    const publicHistory = (
      await w.anonymous.get(`/api/observations/history?table=MIG_STOCK_FB&key=${VEN}`)
    ).json().history;
    assert.deepEqual(
      publicHistory.map((h: { value: number; releaseId: number }) => [h.value, h.releaseId]),
      [
        [532715, firstRelease],
        [540000, secondRelease],
      ],
    );
    assert.ok(
      publicHistory.every((h: object) => !('provenance' in h)),
      'submission and file are not public',
    );
    const history = (
      await reviewer.get(`/api/restricted/observations/history?table=MIG_STOCK_FB&key=${VEN}`)
    ).json().history;
    assert.deepEqual(
      history.map((h: { value: number; releaseId: number; provenance: { submissionId: number } }) => [
        h.value,
        h.releaseId,
        h.provenance.submissionId,
      ]),
      [
        [532715, firstRelease, id],
        [540000, secondRelease, second.id],
      ],
    );

    // 8. The audit log shows every step.
    const audit = (await admin.get('/api/audit')).json().entries as {
      action: string;
      entityType: string;
      entityId: string;
    }[];
    const steps = audit
      .filter((e) => e.entityType === 'submission' && e.entityId === String(id))
      .map((e) => e.action);
    assert.deepEqual(steps, [
      'submission.upload',
      'submission.justify',
      'submission.justify',
      'submission.submit',
      'submission.comment',
      'submission.return',
      'submission.comment',
      'submission.justify',
      'submission.submit',
      'submission.accept',
      'submission.publish',
    ]);
    assert.ok(audit.some((e) => e.action === 'release.publish' && e.entityId === String(secondRelease)));
    const csv = await admin.get('/api/audit?format=csv');
    assert.match(csv.headers['content-type'] as string, /text\/csv/);
    assert.match(csv.body, /submission\.publish/);

    // 9. The ARG correspondent saw none of it.
    assert.equal((await arg.get('/api/submissions')).json().submissions.length, 0);
    assert.equal((await arg.get(`/api/submissions/${second.id}`)).statusCode, 403);
    assert.equal((await arg.get('/api/submissions?country=CHL')).statusCode, 403);
    assert.equal((await arg.post(`/api/submissions/${second.id}/comments`, { text: 'hi' })).statusCode, 403);
    assert.ok(!w.sent.some((m) => m.to === 'arg@demo.sicremi.org'));
  });
});
