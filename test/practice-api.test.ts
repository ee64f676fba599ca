// Practice mode (POST /api/submissions/practice): the upload pipeline's report with nothing
// stored, for correspondents on their own countries and for OAS staff on any.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { multipartBody } from './support/multipart-body.js';
import { startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

const FILE = [
  'REF_AREA,COUNTRY_OF_BIRTH,SEX,AGE,TIME_PERIOD,OBS_VALUE',
  'ARG,_T,_T,_T,2024,1000',
  'ARG,_T,F,_T,2024,500',
  'ARG,_T,M,_T,2024,400',
  'ARG,Hondura,_T,_T,2024,1000',
].join('\n');

const STORED_TABLES = [
  'submissions',
  'files',
  'code_mappings',
  'staged_observations',
  'observations',
] as const;

describe('practice mode', () => {
  let w: WorkflowApp;
  before(async () => {
    w = await startWorkflowApp();
  });
  after(async () => w.close());

  async function practise(role: 'arg' | 'chl' | 'reviewer' | 'admin' | null, fields: Record<string, string>) {
    const body = multipartBody(fields, { name: 'arg-2024.csv', content: FILE });
    const client = role ? await w.as(role) : w.anonymous;
    return client.request({
      method: 'POST',
      url: '/api/submissions/practice?lang=es',
      payload: body.payload,
      headers: body.headers,
    });
  }

  async function countStored(): Promise<number[]> {
    const db = w.testStore.store.db;
    return Promise.all(
      STORED_TABLES.map(async (table) => {
        const row = await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        return Number(row.n);
      }),
    );
  }

  test('a correspondent gets the localised report of the same pipeline, and nothing is stored', async () => {
    const before = await countStored();
    const response = await practise('arg', { table: 'MIG_STOCK_FB', country: 'ARG' });
    assert.equal(response.statusCode, 200, response.body);
    const { practice, report } = response.json();
    assert.equal(practice, true);
    const codes = report.issues.map((i: { code: string }) => i.code).sort();
    assert.deepEqual(codes, ['ADDITIVITY', 'UNKNOWN_CODE']);
    const unknown = report.issues.find((i: { code: string }) => i.code === 'UNKNOWN_CODE');
    assert.equal(unknown.row, 5);
    assert.match(unknown.message, /no es un código reconocido/);
    assert.deepEqual(await countStored(), before);
    const listed = (await (await w.as('arg')).get('/api/submissions')).json().submissions;
    assert.equal(listed.length, 0);
    // The same file uploaded for real is recorded (a draft holding its report): the count sees it.
    const body = multipartBody(
      { table: 'MIG_STOCK_FB', country: 'ARG' },
      { name: 'arg-2024.csv', content: FILE },
    );
    const arg = await w.as('arg');
    await arg.request({
      method: 'POST',
      url: '/api/submissions',
      payload: body.payload,
      headers: body.headers,
    });
    assert.equal((await countStored())[0], (before[0] ?? 0) + 1);
  });

  test('OAS reviewers and admins may practise on any country', async () => {
    for (const role of ['reviewer', 'admin'] as const) {
      const response = await practise(role, { table: 'MIG_STOCK_FB', country: 'ARG' });
      assert.equal(response.statusCode, 200, `${role}: ${response.body}`);
    }
  });

  test('a correspondent may not practise for another country; the public must sign in', async () => {
    const refused = await practise('chl', { table: 'MIG_STOCK_FB', country: 'ARG' });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.code, 'FORBIDDEN');
    const anonymous = await practise(null, { table: 'MIG_STOCK_FB', country: 'ARG' });
    assert.equal(anonymous.statusCode, 401);
  });

  test('an unknown table or country, or no file, is refused with its code', async () => {
    const table = await practise('admin', { table: 'NOPE', country: 'ARG' });
    assert.equal(table.json().error.code, 'TABLE_NOT_FOUND');
    const country = await practise('admin', { table: 'MIG_STOCK_FB', country: 'XYZ' });
    assert.equal(country.json().error.code, 'UNKNOWN_COUNTRY');
    const admin = await w.as('admin');
    const noFile = await admin.post('/api/submissions/practice', { table: 'MIG_STOCK_FB', country: 'ARG' });
    assert.equal(noFile.statusCode, 400);
    assert.equal(noFile.json().error.code, 'FILE_MISSING');
  });
});
