// Control characters in text (issue 13): a NUL or another C0 control but tab, line feed and
// carriage return, in any text field, is 400 INVALID_TEXT on both engines and nothing is
// stored; a malformed multipart body is 400, two file parts 400 (not 413).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { multipartBody } from './support/multipart-body.js';
import { stageDraft } from './support/stage-draft.js';
import { STORE_KIND } from './support/test-store.js';
import { startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

const CSV = 'COUNTRY_OF_BIRTH,SEX,AGE,TIME_PERIOD,OBS_VALUE\nBOL,_T,_T,2022,1234\n';

function expectInvalidText(res: { statusCode: number; json(): { error: { code: string } } }, what: string) {
  assert.equal(res.statusCode, 400, what);
  assert.equal(res.json().error.code, 'INVALID_TEXT', what);
}

describe(`control characters in text are refused on ${STORE_KIND}`, () => {
  let w: WorkflowApp;
  let draft: number;
  before(async () => {
    w = await startWorkflowApp();
    draft = await stageDraft(w.testStore.store, {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      cells: [[{ COUNTRY_OF_BIRTH: 'PER', SEX: '_T', AGE: '_T', TIME_PERIOD: '2015' }, 5]],
    });
  });
  after(async () => w.close());

  test('JSON text fields: comment, justification, login e-mail, knowledge post, code label', async () => {
    const chl = await w.as('chl');
    const admin = await w.as('admin');
    for (const char of ['\u0000', '\u0007', '\u001b', '\u000b']) {
      expectInvalidText(
        await chl.post(`/api/submissions/${draft}/comments`, { text: `a${char}b` }),
        'comment',
      );
      expectInvalidText(
        await chl.post(`/api/submissions/${draft}/justifications`, { text: `late${char}` }),
        'justification',
      );
      expectInvalidText(
        await w.anonymous.post('/api/auth/login', { email: `chl@demo.sicremi.org${char}`, password: 'x' }),
        'login e-mail',
      );
      expectInvalidText(
        await chl.post('/api/knowledge/threads', {
          topic: 'censuses',
          title: 'Hello there',
          text: `x${char}`,
        }),
        'knowledge post',
      );
      expectInvalidText(
        await admin.post('/api/reference/codelists/CL_REG_PROGRAMME/codes', {
          id: 'CHL_NUL',
          labels: { en: `bad${char}`, es: 'x', fr: 'x', pt: 'x' },
        }),
        'code label',
      );
    }
    const detail = (await chl.get(`/api/submissions/${draft}`)).json();
    assert.equal(detail.comments.length, 0, 'no comment stored');
    assert.equal((await w.anonymous.get('/api/knowledge/threads')).json().threads.length, 0);
    // Tab, line feed and carriage return are text.
    const fine = await chl.post(`/api/submissions/${draft}/comments`, { text: 'one\ttwo\r\nthree' });
    assert.equal(fine.statusCode, 200, fine.body);
    assert.equal(fine.json().comment.text, 'one\ttwo\r\nthree');
  });

  test('query strings and path parameters', async () => {
    expectInvalidText(await w.anonymous.get('/api/data/MIG_STOCK_FB?REF_AREA=CHL%00'), 'query');
    expectInvalidText(await w.anonymous.get('/api/codelists/CL_SEX%00'), 'path parameter');
  });

  test('multipart: a field or a file name with a control character is 400 INVALID_TEXT', async () => {
    const chl = await w.as('chl');
    const upload = (fields: Record<string, string>, name: string) =>
      chl.request({
        method: 'POST',
        url: '/api/submissions',
        ...multipartBody(fields, { name, content: CSV }),
      });
    expectInvalidText(await upload({ table: 'MIG_STOCK_FB', country: 'CHL' }, 'bol\u0000.csv'), 'file name');
    expectInvalidText(await upload({ table: 'MIG_STOCK_FB\u0001', country: 'CHL' }, 'bol.csv'), 'field');
    const practice = await chl.request({
      method: 'POST',
      url: '/api/submissions/practice',
      ...multipartBody({ table: 'MIG_STOCK_FB', country: 'CHL' }, { name: 'p\u0007.csv', content: CSV }),
    });
    expectInvalidText(practice, 'practice file name');
    const list = (await chl.get('/api/submissions')).json().submissions as unknown[];
    assert.equal(list.length, 1, 'only the staged draft exists');
  });

  test('a footnote with a control character in a file is an INVALID_TEXT error at its row and column, never staged', async () => {
    const chl = await w.as('chl');
    const csv =
      'COUNTRY_OF_BIRTH,SEX,AGE,TIME_PERIOD,OBS_VALUE,OBS_NOTE\nBOL,_T,_T,2022,1234,bad\u0007note\n';
    const res = await chl.request({
      method: 'POST',
      url: '/api/submissions',
      ...multipartBody({ table: 'MIG_STOCK_FB', country: 'CHL' }, { name: 'notes.csv', content: csv }),
    });
    // The file is kept as a draft whose report holds the error; no observation of it is staged.
    assert.equal(res.statusCode, 201, res.body);
    const report = res.json().report as {
      observations: number;
      issues: { code: string; row: number; column: string }[];
    };
    assert.equal(report.observations, 0);
    const issues = report.issues;
    const invalid = issues.find((i) => i.code === 'INVALID_TEXT');
    assert.deepEqual({ row: invalid?.row, column: invalid?.column }, { row: 2, column: 'OBS_NOTE' });
    const staged = await w.testStore.store.db.selectFrom('staged_observations').select('obs_note').execute();
    assert.ok(staged.every((o) => !o.obs_note?.includes('\u0007')));
  });

  test('a malformed multipart body is 400 MULTIPART_INVALID; two file parts are 400 TOO_MANY_FILES', async () => {
    const chl = await w.as('chl');
    const good = multipartBody({ table: 'MIG_STOCK_FB', country: 'CHL' }, { name: 'a.csv', content: CSV });
    for (const url of ['/api/submissions', '/api/submissions/practice']) {
      const truncated = await chl.request({
        method: 'POST',
        url,
        headers: good.headers,
        payload: good.payload.subarray(0, good.payload.length - 30),
      });
      assert.equal(truncated.statusCode, 400, `${url}: ${truncated.body}`);
      assert.equal(truncated.json().error.code, 'MULTIPART_INVALID');
      const boundary = good.headers['content-type']!.split('boundary=')[1]!;
      const second = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="b.csv"\r\n` +
          `Content-Type: text/csv\r\n\r\n${CSV}\r\n--${boundary}--\r\n`,
      );
      const twoFiles = Buffer.concat([
        good.payload.subarray(0, good.payload.length - `--${boundary}--\r\n`.length),
        second,
      ]);
      const two = await chl.request({ method: 'POST', url, headers: good.headers, payload: twoFiles });
      assert.equal(two.statusCode, 400, `${url}: ${two.body}`);
      assert.equal(two.json().error.code, 'TOO_MANY_FILES');
    }
  });
});
