// Reference data through the HTTP API, on the store this run is configured for: a national label
// the ingest does not know becomes a saved mapping, and the same file then uploads clean; mappings
// are listed and retired per country; templates come back as named files; a coordinator adds a
// code to an extensible list and corrects its labels; every change is in the audit log. Each
// refusal (a CHL correspondent on ARG, an analyst changing data) carries nothing but its error.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { multipartBody } from './support/multipart-body.js';
import { type Client, startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

// Synthetic figures. "Venezuela (Rep. Bol.)" is no label or alias of VEN: an UNKNOWN_CODE.
const LABELLED = [
  'COUNTRY_OF_BIRTH,SEX,AGE,TIME_PERIOD,OBS_VALUE',
  'Venezuela (Rep. Bol.),_T,_T,2023,532000',
  'PER,_T,_T,2023,250000',
].join('\n');
const PROGRAMME = {
  en: 'Test programme',
  es: 'Programa de prueba',
  fr: 'Programme test',
  pt: 'Programa teste',
};

function upload(client: Client, csv: string) {
  const body = multipartBody({ table: 'MIG_STOCK_FB', country: 'CHL' }, { name: 'chl.csv', content: csv });
  return client.request({ method: 'POST', url: '/api/submissions', ...body });
}

function del(client: Client, url: string) {
  return client.request({ method: 'DELETE', url });
}

function assertRefusal(response: { statusCode: number; body: string }, status: 401 | 403): void {
  assert.equal(response.statusCode, status, response.body);
  const body = JSON.parse(response.body);
  assert.deepEqual(Object.keys(body), ['error']);
  assert.equal(body.error.code, status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
}

describe('reference data API', () => {
  let w: WorkflowApp;
  let admin: Client;
  let chl: Client;
  let arg: Client;
  let reviewer: Client;
  before(async () => {
    w = await startWorkflowApp();
    [admin, chl, arg, reviewer] = await Promise.all([
      w.as('admin'),
      w.as('chl'),
      w.as('arg'),
      w.as('reviewer'),
    ]);
  });
  after(async () => w.close());

  test('an unknown national label, mapped once, lets the same file upload without error', async () => {
    const first = await upload(chl, LABELLED);
    assert.equal(first.statusCode, 201, first.body);
    const issue = first.json().report.issues.find((i: { code: string }) => i.code === 'UNKNOWN_CODE') as {
      row: number;
      value: string;
      params: { dimension: string; suggestions: string };
    };
    assert.equal(issue.row, 2);
    assert.equal(issue.params.dimension, 'COUNTRY_OF_BIRTH');
    assert.match(issue.params.suggestions, /VEN/, 'VEN is among the suggestions');

    const saved = await chl.post('/api/mappings', {
      country: 'CHL',
      dimension: 'COUNTRY_OF_BIRTH',
      sourceValue: issue.value,
      code: 'VEN',
    });
    assert.equal(saved.statusCode, 201, saved.body);
    assert.equal(saved.json().mapping.code, 'VEN');
    assert.equal(saved.json().mapping.createdByEmail, 'chl@demo.sicremi.org');
    const again = await chl.post('/api/mappings', {
      country: 'chl',
      dimension: 'COUNTRY_OF_BIRTH',
      sourceValue: issue.value,
      code: 'VEN',
    });
    assert.equal(again.statusCode, 200, 'the same mapping twice changes nothing');

    const second = await upload(chl, LABELLED);
    assert.equal(second.statusCode, 201, second.body);
    assert.equal(second.json().report.summary.errors, 0, JSON.stringify(second.json().report.issues));
    assert.notEqual(second.json().id, first.json().id, 'the file is read again, not taken as a duplicate');
    const third = await upload(chl, LABELLED);
    assert.equal(third.statusCode, 200, 'a file once read clean is a duplicate');
    assert.equal(third.json().id, second.json().id);
  });

  test('a mapping must name a reportable code of the dimension, for a member state', async () => {
    const body = { country: 'CHL', dimension: 'SEX', sourceValue: 'Varones', code: 'MM' };
    const wrongCode = await chl.post('/api/mappings', body);
    assert.equal(wrongCode.statusCode, 422);
    assert.equal(wrongCode.json().error.code, 'CODE_NOT_IN_CODELIST');
    const inSpanish = await chl.post('/api/mappings?lang=es', body);
    assert.equal(inSpanish.json().error.message, 'MM no es un código declarable de la dimensión SEX.');
    const wrongDimension = await chl.post('/api/mappings', { ...body, dimension: 'COLOUR', code: 'M' });
    assert.equal(wrongDimension.json().error.code, 'CODE_NOT_IN_CODELIST');
    const wrongCountry = await admin.post('/api/mappings', { ...body, country: 'FRA', code: 'M' });
    assert.equal(wrongCountry.statusCode, 400);
    assert.equal(wrongCountry.json().error.code, 'UNKNOWN_COUNTRY');
    const missing = await chl.post('/api/mappings', { country: 'CHL' });
    assert.equal(missing.json().error.code, 'BAD_REQUEST');
  });

  test('mappings: the country’s correspondent and the coordinator change them; others are refused', async () => {
    const body = { country: 'ARG', dimension: 'SEX', sourceValue: 'Mujeres', code: 'F' };
    assertRefusal(await w.anonymous.post('/api/mappings', body), 401);
    assertRefusal(await chl.post('/api/mappings', body), 403);
    assertRefusal(await reviewer.post('/api/mappings', body), 403);
    const saved = await arg.post('/api/mappings', body);
    assert.equal(saved.statusCode, 201, saved.body);
    const id = saved.json().mapping.id as number;
    assert.equal(
      (await admin.post('/api/mappings', { ...body, sourceValue: 'Varones', code: 'M' })).statusCode,
      201,
    );

    assertRefusal(await w.anonymous.get('/api/mappings'), 401);
    const refused = await chl.get('/api/mappings?country=ARG');
    assertRefusal(refused, 403);
    assert.doesNotMatch(refused.body, /Mujeres/);
    const own = (await chl.get('/api/mappings')).json().mappings as { refArea: string }[];
    assert.ok(own.length > 0 && own.every((m) => m.refArea === 'CHL'), 'a correspondent lists its own');
    const all = (await reviewer.get('/api/mappings?dimension=sex')).json().mappings as {
      refArea: string;
      sourceValue: string;
      createdByEmail: string;
      createdAt: string;
    }[];
    assert.deepEqual(
      all.map((m) => [m.refArea, m.sourceValue, m.createdByEmail]),
      [
        ['ARG', 'Mujeres', 'arg@demo.sicremi.org'],
        ['ARG', 'Varones', 'admin@demo.sicremi.org'],
      ],
    );

    assertRefusal(await del(w.anonymous, `/api/mappings/${id}`), 401);
    assertRefusal(await del(chl, `/api/mappings/${id}`), 403);
    assertRefusal(await del(reviewer, `/api/mappings/${id}`), 403);
    assert.equal((await del(arg, `/api/mappings/${id}`)).statusCode, 204);
    const gone = await del(admin, `/api/mappings/${id}`);
    assert.equal(gone.statusCode, 404);
    assert.equal(gone.json().error.code, 'MAPPING_NOT_FOUND');
    const left = (await admin.get('/api/mappings?country=ARG')).json().mappings as { sourceValue: string }[];
    assert.deepEqual(
      left.map((m) => m.sourceValue),
      ['Varones'],
    );
  });

  test('templates: a named XLSX or CSV for the country’s correspondents and OAS staff', async () => {
    assertRefusal(await w.anonymous.get('/api/templates/MIG_STOCK_FB?country=CHL'), 401);
    assertRefusal(await chl.get('/api/templates/MIG_STOCK_FB?country=ARG'), 403);
    const xlsx = await chl.get('/api/templates/MIG_STOCK_FB?country=CHL&lang=es');
    assert.equal(xlsx.statusCode, 200, xlsx.body);
    assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
    assert.equal(
      xlsx.headers['content-disposition'],
      'attachment; filename="SICREMI_MIG_STOCK_FB_CHL_es.xlsx"',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    assert.ok(
      book.worksheets.some((sheet) => sheet.name === '_sicremi'),
      'the identity sheet is there',
    );
    const csv = await reviewer.get('/api/templates/mig_stock_fb?country=ARG&format=csv&lang=pt');
    assert.equal(csv.statusCode, 200, csv.body);
    assert.match(String(csv.headers['content-disposition']), /SICREMI_MIG_STOCK_FB_ARG_pt\.csv/);
    assert.match(csv.body, /País de nascimento/);
    const head = await chl.request({ method: 'HEAD', url: '/api/templates/MIG_STOCK_FB?country=CHL' });
    assert.equal(head.statusCode, 200, 'the workspace asks with HEAD before it links');
    const unknown = await admin.get('/api/templates/NO_SUCH_TABLE?country=CHL');
    assert.equal(unknown.json().error.code, 'TABLE_NOT_FOUND');
  });

  test('code lists: everyone signed in reads them in four languages and can search', async () => {
    assertRefusal(await w.anonymous.get('/api/reference/codelists'), 401);
    const lists = (await chl.get('/api/reference/codelists')).json().codelists as {
      id: string;
      extensible: boolean;
      names: Record<string, string>;
    }[];
    const sex = lists.find((l) => l.id === 'CL_SEX');
    assert.ok(sex && !sex.extensible && sex.names.es && sex.names.pt);
    assert.ok(lists.some((l) => l.extensible));
    const found = (await reviewer.get('/api/reference/codelists/CL_AREA?q=venezuela')).json();
    assert.deepEqual(
      found.codes.map((c: { id: string }) => c.id),
      ['VEN'],
    );
    assert.equal(found.codes[0].labels.fr.length > 0, true);
    const missing = await reviewer.get('/api/reference/codelists/CL_NOPE');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'CODELIST_NOT_FOUND');
  });

  test('codes: the coordinator adds one to an extensible list and edits its labels, audited', async () => {
    const extensible = (
      (await admin.get('/api/reference/codelists')).json().codelists as {
        id: string;
        extensible: boolean;
      }[]
    ).find((l) => l.extensible)!.id;
    const add = { id: 'tst_prog_2026', labels: PROGRAMME };
    assertRefusal(await w.anonymous.post(`/api/reference/codelists/${extensible}/codes`, add), 401);
    assertRefusal(await chl.post(`/api/reference/codelists/${extensible}/codes`, add), 403);
    assertRefusal(await reviewer.post(`/api/reference/codelists/${extensible}/codes`, add), 403);
    const added = await admin.post(`/api/reference/codelists/${extensible}/codes`, add);
    assert.equal(added.statusCode, 201, added.body);
    assert.equal(added.json().code.id, 'TST_PROG_2026');
    assert.equal(added.json().code.addedByEmail, 'admin@demo.sicremi.org');
    const twice = await admin.post(`/api/reference/codelists/${extensible}/codes`, add);
    assert.equal(twice.json().error.code, 'CODE_EXISTS');
    const closed = await admin.post('/api/reference/codelists/CL_SEX/codes', { ...add, id: 'X' });
    assert.equal(closed.json().error.code, 'CODELIST_NOT_EXTENSIBLE');
    const badId = await admin.post(`/api/reference/codelists/${extensible}/codes`, { ...add, id: 'a b' });
    assert.equal(badId.json().error.code, 'INVALID_CODE_ID');
    const blank = await admin.post(`/api/reference/codelists/${extensible}/codes`, {
      id: 'Z',
      labels: { ...PROGRAMME, fr: '  ' },
    });
    assert.equal(blank.json().error.code, 'BAD_REQUEST');

    const url = `/api/reference/codelists/${extensible}/codes/TST_PROG_2026`;
    const labels = { labels: { ...PROGRAMME, en: 'Test programme (2026)' } };
    assertRefusal(await chl.put(url, labels), 403);
    assertRefusal(await reviewer.put(url, labels), 403);
    const edited = await admin.put(url, labels);
    assert.equal(edited.statusCode, 200, edited.body);
    assert.deepEqual([edited.json().changed, edited.json().code.labels.en], [true, 'Test programme (2026)']);
    assert.equal((await admin.put(url, labels)).json().changed, false);
    const framework = await admin.put('/api/reference/codelists/CL_SEX/codes/F', labels);
    assert.equal(framework.json().error.code, 'CODE_FROM_FRAMEWORK');

    const entries = (await admin.get('/api/audit')).json().entries as {
      action: string;
      actor: string;
      entityId: string;
    }[];
    const actions = entries.filter((e) => e.entityId?.includes('TST_PROG_2026')).map((e) => e.action);
    assert.deepEqual(actions, ['code.add', 'code.labels']);
    const mappingEntries = entries.filter((e) => e.action.startsWith('mapping.'));
    assert.ok(
      mappingEntries.some((e) => e.action === 'mapping.delete' && e.actor === 'arg@demo.sicremi.org'),
    );
    assert.ok(
      mappingEntries.some((e) => e.action === 'mapping.change' && e.actor === 'chl@demo.sicremi.org'),
    );
  });
});
