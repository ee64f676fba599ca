// A code a coordinator adds to an extensible list is a code like the framework's everywhere a
// code is read or shown: an upload (in process and in the ingest worker) maps it by id and by
// label, the grid takes it, the template lists it, SDMX structures show it (with a new ETag).
// A code written by another process (straight into the store) is picked up by the next run
// and by the next read of the code lists.
// Synthetic figures and programmes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { getCodelist, setAddedCodes } from '../src/framework/index.js';
import { importSubmission } from '../src/ingest/import/import-submission.js';
import { bufferSource } from '../src/ingest/source/byte-source.js';
import { insertAddedCode } from '../src/store/repositories/reference-codes.js';
import { multipartBody } from './support/multipart-body.js';
import { type Client, startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

const LIST = 'CL_REG_PROGRAMME';
const TEST_PROGRAMME = {
  en: 'Chile: test programme 2026',
  es: 'Chile: programa de prueba 2026',
  fr: 'Chili : programme test 2026',
  pt: 'Chile: programa teste 2026',
};

function regularisationCsv(programme: string): string {
  return [
    'CITIZENSHIP,SEX,PROGRAMME,STAGE,TIME_PERIOD,OBS_VALUE',
    `VEN,_T,${programme},APPLIED,2025,1200`,
    `VEN,_T,${programme},GRANTED,2025,900`,
  ].join('\n');
}

function upload(client: Client, csv: string) {
  const body = multipartBody(
    { table: 'MIG_REGULARISATION', country: 'CHL' },
    { name: `chl-${csv.length}-${Math.random()}.csv`, content: csv },
  );
  return client.request({ method: 'POST', url: '/api/submissions', ...body });
}

const unknownCodes = (report: { issues: { code: string; value?: string }[] }) =>
  report.issues.filter((i) => i.code === 'UNKNOWN_CODE').map((i) => i.value);

describe('codes added by a coordinator', () => {
  let w: WorkflowApp;
  let admin: Client;
  let chl: Client;

  before(async () => {
    w = await startWorkflowApp();
    [admin, chl] = await Promise.all([w.as('admin'), w.as('chl')]);
  });
  after(async () => {
    await w.close();
    // This process's code lists go back to the framework's for the next test file.
    setAddedCodes([]);
  });

  test('an upload maps the added code by id and by its label in any language', async () => {
    const before = await upload(chl, regularisationCsv('Chile: programa de prueba 2026'));
    assert.deepEqual(unknownCodes(before.json().report), [
      'Chile: programa de prueba 2026',
      'Chile: programa de prueba 2026',
    ]);

    const sdmxUrl = `/sdmx/v2/structure/codelist/OAS/${LIST}`;
    const structureBefore = await w.anonymous.get(sdmxUrl);
    assert.equal(structureBefore.statusCode, 200);
    assert.doesNotMatch(structureBefore.body, /CHL_TEST_2026/);

    const added = await admin.post(`/api/reference/codelists/${LIST}/codes`, {
      id: 'CHL_TEST_2026',
      labels: TEST_PROGRAMME,
    });
    assert.equal(added.statusCode, 201, added.body);

    for (const programme of [
      'CHL_TEST_2026',
      'Chile: programa de prueba 2026',
      'chili : PROGRAMME test 2026',
    ]) {
      const response = await upload(chl, regularisationCsv(programme));
      assert.equal(response.statusCode, 201, response.body);
      assert.deepEqual(unknownCodes(response.json().report), [], programme);
    }

    const structure = await w.anonymous.request({
      method: 'GET',
      url: sdmxUrl,
      headers: { 'accept-language': 'es', 'if-none-match': String(structureBefore.headers.etag) },
    });
    assert.equal(structure.statusCode, 200, 'the code list changed: the old ETag no longer matches');
    const codes = structure.json().data.codelists[0].codes as { id: string; name: string }[];
    assert.equal(codes.find((c) => c.id === 'CHL_TEST_2026')?.name, TEST_PROGRAMME.es);
    assert.notEqual(structure.headers.etag, structureBefore.headers.etag);
  });

  test('the template offers the added code and the grid accepts it', async () => {
    const xlsx = await chl.get('/api/templates/MIG_REGULARISATION?country=CHL&lang=en');
    assert.equal(xlsx.statusCode, 200, xlsx.body);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    assert.ok(
      cells.some((text) => text.includes('CHL_TEST_2026')),
      'a sheet of the template lists the code',
    );

    const grid = '/api/entry/MIG_REGULARISATION/CHL';
    const put = await chl.put(`${grid}/cells?lang=en`, {
      client: 'added-codes',
      edits: [{ seq: 1, key: 'CHL.VEN._T.CHL_TEST_2026.APPLIED.2025', value: 40, status: '' }],
    });
    assert.equal(put.statusCode, 200, put.body);
    assert.equal(put.json().applied, 1);
    const issues = put.json().issues as { code: string; key: string | null }[];
    assert.deepEqual(
      issues.filter((i) => i.code === 'UNKNOWN_CODE'),
      [],
    );
    const read = (await chl.get(grid)).json().cells as { key: string; value: number }[];
    assert.equal(read.find((c) => c.key === 'CHL.VEN._T.CHL_TEST_2026.APPLIED.2025')?.value, 40);
  });

  test('a code another process added is accepted by the next run, in the ingest worker too', async () => {
    const { store } = w.testStore;
    const adminRow = await store.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'admin@demo.sicremi.org')
      .executeTakeFirstOrThrow();
    // Written as another SICREMI process would: this process's code lists are not told.
    await insertAddedCode(store.db, {
      codelist: LIST,
      id: 'CHL_OTHER_2026',
      labels: { ...TEST_PROGRAMME, es: 'Chile: otro programa 2026' },
      parent: null,
      addedBy: Number(adminRow.id),
    });
    assert.equal(
      getCodelist(LIST)?.codes.some((c) => c.id === 'CHL_OTHER_2026'),
      false,
    );
    for (const worker of [true, false]) {
      const csv = `${regularisationCsv('Chile: otro programa 2026')}\nPER,_T,CHL_OTHER_2026,APPLIED,2025,${worker ? 5 : 6}\n`;
      const result = await importSubmission(store, bufferSource(Buffer.from(csv), 'other.csv'), {
        table: 'MIG_REGULARISATION',
        country: 'CHL',
        dataDir: w.testStore.dataDir,
        worker,
      });
      assert.equal(result.status, 'staged', JSON.stringify(result));
    }
    assert.equal(
      getCodelist(LIST)?.codes.some((c) => c.id === 'CHL_OTHER_2026'),
      true,
    );
    await insertAddedCode(store.db, {
      codelist: LIST,
      id: 'CHL_THIRD_2026',
      labels: TEST_PROGRAMME,
      parent: null,
      addedBy: Number(adminRow.id),
    });
    const methodology = (await w.anonymous.get(`/api/codelists/${LIST}?lang=fr`)).json();
    assert.ok(
      methodology.codelist.codes.some((c: { id: string }) => c.id === 'CHL_THIRD_2026'),
      'the methodology pages list a code another process added',
    );
  });
});
