// Original files are kept where every process reads them: in PostgreSQL (file_chunks, written in
// the importing transaction) when the store is PostgreSQL, else in the data directory; the file
// route serves them from there, and `sicremi files migrate` copies older files across.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  fileStoragePath,
  keepOriginalFile,
  readOriginalFile,
  sha256Hex,
} from '../src/store/repositories/files.js';
import { multipartBody } from './support/multipart-body.js';
import { runCli } from './support/run-cli.js';
import { STORE_KIND } from './support/test-store.js';
import { startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

const CSV =
  'COUNTRY_OF_BIRTH,SEX,AGE,TIME_PERIOD,OBS_VALUE\nPER,_T,_T,2022,250000\nPER,F,_T,2022,130000\nPER,M,_T,2022,120000\n';

describe(`original files on ${STORE_KIND}`, () => {
  let w: WorkflowApp;
  before(async () => {
    w = await startWorkflowApp();
  });
  after(async () => w.close());

  test('an upload keeps its original where the store says, and the file route returns it', async () => {
    const chl = await w.as('chl');
    const body = multipartBody(
      { table: 'MIG_STOCK_FB', country: 'CHL' },
      { name: 'chile 2022.csv', content: CSV },
    );
    const uploaded = await chl.request({ method: 'POST', url: '/api/submissions', ...body });
    assert.equal(uploaded.statusCode, 201, uploaded.body);
    const sha = sha256Hex(Buffer.from(CSV));
    const chunks = await w.testStore.store.db
      .selectFrom('file_chunks')
      .select('seq')
      .where('sha256', '=', sha)
      .execute();
    const onDisk = existsSync(join(w.testStore.dataDir, fileStoragePath(sha)));
    if (STORE_KIND === 'postgres') assert.deepEqual([chunks.length, onDisk], [1, false]);
    else assert.deepEqual([chunks.length, onDisk], [0, true]);

    const file = await chl.get(`/api/submissions/${uploaded.json().id}/file`);
    assert.equal(file.statusCode, 200);
    assert.equal(file.body, CSV);
    assert.match(String(file.headers['content-disposition']), /filename\*=UTF-8''chile%202022\.csv/);
    const foreign = await (await w.as('arg')).get(`/api/submissions/${uploaded.json().id}/file`);
    assert.equal(foreign.statusCode, 403);
    assert.equal((await w.anonymous.get(`/api/submissions/${uploaded.json().id}/file`)).statusCode, 401);
  });

  // Database chunks are a PostgreSQL feature: this test exists in the PostgreSQL pass only.
  if (STORE_KIND === 'postgres') {
    test('a file of several chunks comes back whole from the database', async () => {
      const bytes = Buffer.alloc(2.5 * 1024 * 1024, 7);
      bytes.write('distinct tail', bytes.length - 20);
      const where = { write: 'database', directories: [] };
      await w.testStore.store.transaction((tx) =>
        keepOriginalFile(tx.db, where, { bytes, name: 'big.bin', mediaType: 'application/octet-stream' }),
      );
      const file = { sha256: sha256Hex(bytes), storage_path: fileStoragePath(sha256Hex(bytes)) };
      const back = await readOriginalFile(w.testStore.store.db, where, file);
      assert.ok(back?.equals(bytes));
    });
  }

  test('files migrate copies a file kept in a directory to where this configuration keeps files', async () => {
    const sharedDir = mkdtempSync(join(tmpdir(), 'sicremi-shared-'));
    try {
      const bytes = Buffer.from('an older file, kept in the data directory\n');
      const sha = sha256Hex(bytes);
      const path = fileStoragePath(sha);
      mkdirSync(join(w.testStore.dataDir, path, '..'), { recursive: true });
      writeFileSync(join(w.testStore.dataDir, path), bytes);
      await w.testStore.store.db
        .insertInto('files')
        .values({
          sha256: sha,
          size: bytes.length,
          original_name: 'old.csv',
          media_type: 'text/csv',
          storage_path: path,
          created_at: new Date().toISOString(),
          created_by: null,
        })
        .execute();
      // On PostgreSQL into the database; on SQLite into SICREMI_FILES_DIR.
      const env =
        STORE_KIND === 'postgres' ? w.testStore.env : { ...w.testStore.env, SICREMI_FILES_DIR: sharedDir };
      const first = await runCli(['files', 'migrate'], env);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /[1-9]\d* copied/);
      const again = await runCli(['files', 'migrate'], env);
      assert.match(again.stdout, / 0 copied/);
      rmSync(join(w.testStore.dataDir, path));
      const where =
        STORE_KIND === 'postgres'
          ? { write: 'database', directories: [] }
          : { write: sharedDir, directories: [sharedDir] };
      const back = await readOriginalFile(w.testStore.store.db, where, { sha256: sha, storage_path: path });
      assert.ok(back?.equals(bytes));
    } finally {
      rmSync(sharedDir, { recursive: true, force: true });
    }
  });
});
