// `sicremi backup --out FILE` and `sicremi restore FILE` through the real CLI, on the store this
// run is configured for: everything comes back (rows, original files, logins, id sequences),
// and a truncated backup changes nothing.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildApp } from '../src/server/app.js';
import { fileStoragePath, readOriginalFile } from '../src/store/repositories/files.js';
import { listStoreTables } from '../src/workflow/backup/list-store-tables.js';
import { multipartBody } from './support/multipart-body.js';
import { runCli } from './support/run-cli.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';
import { signIn, startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

async function countRows(t: TestStore): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await listStoreTables(t.store)) {
    const row = await t.store.db
      .selectFrom(table as 'users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

describe('backup and restore (CLI)', () => {
  let source: WorkflowApp;
  let target: TestStore;
  let file: string;
  let sha: string;

  before(async () => {
    source = await startWorkflowApp();
    const chl = await source.as('chl');
    const reviewer = await source.as('reviewer');
    const csv =
      'COUNTRY_OF_BIRTH,SEX,AGE,TIME_PERIOD,OBS_VALUE\nBOL,_T,_T,2022,1234\nBOL,F,_T,2022,600\nBOL,M,_T,2022,634\n';
    const up = await chl.request({
      method: 'POST',
      url: '/api/submissions',
      ...multipartBody({ table: 'MIG_STOCK_FB', country: 'CHL' }, { name: 'bol.csv', content: csv }),
    });
    const { id } = up.json();
    // The file lacks the all-origins totals: one table-wide INCOMPLETE warning to justify.
    await chl.post(`/api/submissions/${id}/justifications`, { text: 'Bolivia only.' });
    await chl.post(`/api/submissions/${id}/submit`, {});
    await reviewer.post(`/api/submissions/${id}/accept`, {});
    await reviewer.post(`/api/submissions/${id}/publish`, {});
    sha = (await reviewer.get(`/api/submissions/${id}`)).json().submission.fileSha256;
    target = await createTestStore();
    file = join(target.dataDir, 'sicremi-backup.gz');
  });
  after(async () => {
    await source.close();
    await target.cleanup();
  });

  test('a backup restored into another store gives back every row, file, login and sequence', async () => {
    const backup = await runCli(['backup', '--out', file], source.testStore.env);
    assert.equal(backup.code, 0, backup.stderr);
    assert.match(backup.stdout, /1 files/);
    const restore = await runCli(['restore', file], target.env);
    assert.equal(restore.code, 0, restore.stderr);

    const before = await countRows(source.testStore);
    const afterRestore = await countRows(target);
    for (const [table, n] of Object.entries(before)) {
      if (table === 'kysely_migration' || table === 'kysely_migration_lock') continue;
      assert.equal(afterRestore[table], n, `${table} rows`);
    }
    const published = await target.store.db
      .selectFrom('observations')
      .select(['obs_value', 'file_sha256'])
      .where('ref_area', '=', 'CHL')
      .orderBy('obs_value')
      .execute();
    assert.deepEqual(
      published.map((o) => o.obs_value),
      [600, 634, 1234],
    );
    // Back where the target keeps files: its data directory on SQLite, the database on PostgreSQL.
    const kept = await readOriginalFile(
      target.store.db,
      { write: 'database', directories: [target.dataDir] },
      { sha256: sha, storage_path: fileStoragePath(sha) },
    );
    assert.equal(existsSync(join(target.dataDir, fileStoragePath(sha))), STORE_KIND === 'sqlite');
    assert.match(String(kept), /BOL,_T,_T,2022,1234/);

    const app = await buildApp({
      store: target.store,
      config: { logLevel: 'silent', maxUploadBytes: 1e6, dataDir: target.dataDir, requireTwoFactor: false },
    });
    const admin = await signIn(app, 'admin@demo.sicremi.org', 'demo-admin-2026');
    const created = await admin.post('/api/users', {
      email: 'after-restore@example.org',
      password: 'long-password-1',
      role: 'reviewer',
    });
    assert.equal(created.statusCode, 201, created.body);
    const maxBefore = Math.max(
      ...(await source.testStore.store.db.selectFrom('users').select('id').execute()).map((u) => u.id),
    );
    assert.ok(created.json().user.id > maxBefore, 'ids continue after the restored ones');
    await assert.rejects(
      target.store.db.updateTable('audit_log').set({ action: 'forged' }).execute(),
      /append-only/,
      'the audit log stays append-only after a restore',
    );
    await assert.rejects(target.store.db.deleteFrom('audit_log').execute(), /append-only/);
    await app.close();
  });

  test('a truncated backup is refused and leaves the store as it was', async () => {
    const bytes = readFileSync(file);
    const broken = join(target.dataDir, 'broken.gz');
    writeFileSync(broken, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const before = await countRows(target);
    const restore = await runCli(['restore', broken], target.env);
    assert.equal(restore.code, 1);
    assert.match(restore.stderr, /BACKUP_INVALID/);
    assert.deepEqual(await countRows(target), before);
  });

  test('a backup with control characters in text lists every bad row (table, id, column) and writes nothing', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    let table = '';
    let columns: string[] = [];
    const spoiled: string[] = [];
    const edited = lines.map((text) => {
      if (!text) return text;
      const line = JSON.parse(text);
      if (line.type === 'table') ({ name: table, columns } = line);
      if (line.type !== 'rows' || (table !== 'users' && table !== 'releases')) return text;
      const column = table === 'users' ? 'email' : 'notes';
      const at = columns.indexOf(column);
      for (const row of line.rows.slice(0, 2)) {
        row[at] = `${row[at] ?? ''}\u0000\u0007`;
        spoiled.push(`table ${table}, id ${row[columns.indexOf('id')]}, column ${column}`);
      }
      return JSON.stringify(line);
    });
    assert.ok(spoiled.length >= 3, spoiled.join('; '));
    const bad = join(target.dataDir, 'control.gz');
    writeFileSync(bad, gzipSync(edited.join('\n')));
    const before = await countRows(target);
    const emails = await target.store.db.selectFrom('users').select('email').orderBy('id').execute();
    const restore = await runCli(['restore', bad], target.env);
    assert.equal(restore.code, 1);
    assert.match(restore.stderr, /BACKUP_INVALID_TEXT/);
    for (const row of spoiled) assert.ok(restore.stderr.includes(row), `${row} in\n${restore.stderr}`);
    assert.deepEqual(await countRows(target), before);
    assert.deepEqual(
      await target.store.db.selectFrom('users').select('email').orderBy('id').execute(),
      emails,
    );
  });
});
