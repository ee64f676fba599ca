// Import into the store this run is configured for (SQLite, or PostgreSQL with DATABASE_URL):
// clean files are staged in one transaction and read back exactly; a file with errors leaves
// nothing behind; the same file twice is recognised; confirmed mappings are saved and reused.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { getTable } from '../src/framework/index.js';
import type { Observation } from '../src/framework/observation.js';
import type { TableDef } from '../src/framework/types.js';
import { importSubmission } from '../src/ingest/import/import-submission.js';
import { readSubmission } from '../src/ingest/pipeline/read-submission.js';
import { type ByteSource, bufferSource, fileSource } from '../src/ingest/source/byte-source.js';
import {
  listCodeMappingHistory,
  listCodeMappings,
  saveCodeMapping,
} from '../src/store/repositories/code-mappings.js';
import { getSubmission, listStagedObservations } from '../src/store/repositories/submissions.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

const fixture = (name: string) => fileSource(new URL(`./fixtures/ingest/${name}`, import.meta.url).pathname);

async function expectedObservations(source: ByteSource, table: string, country?: string) {
  const reading = readSubmission(source, { table, country });
  const rows: { observation: Observation; sourceRow: number }[] = [];
  for await (const batch of reading.observations) {
    for (const { observation, location } of batch) rows.push({ observation, sourceRow: location.row });
  }
  return rows.sort((a, b) => a.sourceRow - b.sourceRow);
}

async function wideWorkbook(): Promise<ByteSource> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Datos');
  sheet.addRows([
    ['Población nacida en el extranjero — Chile'],
    ['País de nacimiento', 'Año', 'Mujeres', 'Hombres', 'Total'],
    ['Perú', 2020, 100, 150, 250],
    ['Total', 2020, 100, 150, 250],
  ]);
  return bufferSource(new Uint8Array(await book.xlsx.writeBuffer()), 'datos.xlsx');
}

const count = async (t: TestStore, table: 'submissions' | 'staged_observations' | 'files') =>
  Number(
    (
      await t.store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe(`import into ${STORE_KIND}`, () => {
  let t: TestStore;
  before(async () => {
    t = await createTestStore();
  });
  after(async () => t.cleanup());

  const cases: [string, () => Promise<ByteSource> | ByteSource, string, string | undefined][] = [
    ['Spanish CSV', () => fixture('stock-fb-es.csv'), 'MIG_STOCK_FB', 'CHL'],
    ['Portuguese CSV with BOM', () => fixture('stock-fn-pt.csv'), 'MIG_STOCK_FN', 'BRA'],
    ['Windows-1252 CSV with decimal commas', () => fixture('occupation-cp1252.csv'), 'LAB_OCCUPATION', 'MEX'],
    ['SDMX-CSV 2.0', () => fixture('stock-fb.sdmx.csv'), 'MIG_STOCK_FB', undefined],
    ['wide XLSX under a title row', wideWorkbook, 'MIG_STOCK_FB', 'PER'],
  ];
  for (const [name, open, tableId, country] of cases) {
    test(`stages a clean ${name} and reads it back exactly`, async () => {
      const source = await open();
      const result = await importSubmission(t.store, source, { table: tableId, country, dataDir: t.dataDir });
      assert.equal(result.status, 'staged', JSON.stringify(result));
      if (result.status !== 'staged') return;
      const table = getTable(tableId) as TableDef;
      const staged = await listStagedObservations(t.store.db, result.submissionId, table);
      const expected = await expectedObservations(source, tableId, country);
      assert.equal(result.observationCount, expected.length);
      assert.deepEqual(staged, expected);
      const submission = await getSubmission(t.store.db, result.submissionId);
      assert.equal(submission?.status, 'draft');
      assert.equal(submission?.observationCount, expected.length);
      assert.equal((submission?.report as { summary: { errors: number } } | undefined)?.summary.errors, 0);
    });
  }

  test('stages the same rows when the file is read in the worker thread, and rejects the same errors', async () => {
    const source = fixture('occupation-cp1252.csv');
    const options = { table: 'LAB_OCCUPATION', country: 'COL', dataDir: t.dataDir, worker: true };
    const result = await importSubmission(t.store, source, options);
    assert.equal(result.status, 'staged', JSON.stringify(result));
    if (result.status !== 'staged') return;
    const staged = await listStagedObservations(
      t.store.db,
      result.submissionId,
      getTable('LAB_OCCUPATION') as TableDef,
    );
    assert.deepEqual(staged, await expectedObservations(source, 'LAB_OCCUPATION', 'COL'));
    const errors = await importSubmission(t.store, fixture('errors.csv'), {
      ...options,
      table: 'MIG_STOCK_FB',
      country: 'CHL',
    });
    assert.equal(errors.status, 'rejected');
    assert.equal(errors.status === 'rejected' && errors.report.summary.errors, 10);
  });

  test('recognises the same file sent twice instead of staging it again', async () => {
    const before = await count(t, 'submissions');
    const first = await importSubmission(t.store, fixture('stock-fb-es.csv'), {
      table: 'MIG_STOCK_FB',
      country: 'ARG',
      dataDir: t.dataDir,
    });
    const again = await importSubmission(t.store, fixture('stock-fb-es.csv'), {
      table: 'MIG_STOCK_FB',
      country: 'ARG',
      dataDir: t.dataDir,
    });
    assert.equal(first.status, 'staged');
    assert.equal(again.status, 'duplicate');
    assert.equal(
      again.status === 'duplicate' && first.status === 'staged' && again.submission.id,
      first.status === 'staged' && first.submissionId,
    );
    assert.equal(await count(t, 'submissions'), before + 1);
  });

  test('leaves nothing behind for a file with errors, even one found only by the last rule', async () => {
    const [submissions, staged] = [await count(t, 'submissions'), await count(t, 'staged_observations')];
    const rowErrors = await importSubmission(t.store, fixture('errors.csv'), {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      dataDir: t.dataDir,
    });
    assert.equal(rowErrors.status, 'rejected');
    // Clean rows, but the parts do not add up: known only once every row is staged.
    const csv = 'COUNTRY_OF_BIRTH,SEX,TIME_PERIOD,OBS_VALUE\nPER,F,2020,10\nPER,M,2020,10\nPER,_T,2020,30\n';
    const late = await importSubmission(t.store, bufferSource(Buffer.from(csv), 'late.csv'), {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      dataDir: t.dataDir,
    });
    assert.equal(late.status, 'rejected');
    assert.equal(late.status === 'rejected' && late.report.summary.byCode.ADDITIVITY, 1);
    assert.deepEqual(
      [await count(t, 'submissions'), await count(t, 'staged_observations')],
      [submissions, staged],
    );
  });

  test('records a rejected file with its report when asked, without observations', async () => {
    const result = await importSubmission(t.store, fixture('errors.csv'), {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      dataDir: t.dataDir,
      recordRejected: true,
    });
    assert.ok(result.status === 'rejected' && result.submissionId);
    const submission = await getSubmission(t.store.db, result.submissionId as number);
    assert.equal(submission?.observationCount, 0);
    assert.equal((submission?.report as { summary: { errors: number } } | undefined)?.summary.errors, 10);
  });

  test('saves a confirmed mapping for the country and reuses it in a later import', async () => {
    const csv = (value: number) =>
      Buffer.from(`COUNTRY_OF_BIRTH,SEX,TIME_PERIOD,OBS_VALUE\nRep. Peruana,_T,2020,${value}\n`);
    const mappings = [{ dimension: 'COUNTRY_OF_BIRTH', sourceValue: 'Rep. Peruana', code: 'PER' }];
    const first = await importSubmission(t.store, bufferSource(csv(1), 'a.csv'), {
      table: 'MIG_STOCK_FB',
      country: 'URY',
      dataDir: t.dataDir,
      mappings,
    });
    assert.equal(first.status, 'staged');
    assert.deepEqual(await listCodeMappings(t.store.db, 'URY'), mappings);
    const later = await importSubmission(t.store, bufferSource(csv(2), 'b.csv'), {
      table: 'MIG_STOCK_FB',
      country: 'URY',
      dataDir: t.dataDir,
    });
    assert.equal(later.status, 'staged', JSON.stringify(later));
  });

  test('versions mapping changes instead of overwriting them', async () => {
    const mapping = { dimension: 'SEX', sourceValue: 'Varones', code: 'M' };
    assert.deepEqual(await saveCodeMapping(t.store.db, 'PRY', mapping), { version: 1, changed: true });
    assert.deepEqual(await saveCodeMapping(t.store.db, 'PRY', mapping), { version: 1, changed: false });
    assert.deepEqual(await saveCodeMapping(t.store.db, 'PRY', { ...mapping, code: '_U' }), {
      version: 2,
      changed: true,
    });
    const history = await listCodeMappingHistory(t.store.db, 'PRY');
    assert.deepEqual(
      history.map((h) => [h.code, h.version, h.active]),
      [
        ['M', 1, false],
        ['_U', 2, true],
      ],
    );
    // Every change of a mapping is audited, with what it was and what it became; a no-op is not.
    const audit = await t.store.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'details'])
      .where('action', '=', 'mapping.change')
      .where('entity_id', 'like', 'PRY/%')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => [
        a.entity_id?.startsWith('PRY/'),
        JSON.parse(a.details ?? '{}').from,
        JSON.parse(a.details ?? '{}').to,
      ]),
      [
        [true, null, 'M'],
        [true, 'M', '_U'],
      ],
    );
  });
});

describe(`import when the store fails (${STORE_KIND})`, () => {
  test('throws the store’s failure instead of blaming the file, in this process and in the worker', async () => {
    const t = await createTestStore();
    try {
      await t.store.db.schema.dropTable('code_mappings').execute();
      for (const worker of [false, true]) {
        await assert.rejects(
          importSubmission(t.store, fixture('stock-fb-es.csv'), {
            table: 'MIG_STOCK_FB',
            country: 'CHL',
            dataDir: t.dataDir,
            worker,
          }),
          (error: Error) => error.name === 'ContextUnavailable',
        );
      }
      assert.equal(await count(t, 'submissions'), 0);
    } finally {
      await t.cleanup();
    }
  });
});
