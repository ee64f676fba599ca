// Nothing is lost or half-written: a real import (ingest's importSubmission) killed midway —
// SIGKILL to a child process, inside the import's transaction — leaves the store exactly as it
// was and consistent, and the store takes the next import at once.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { prepareStore } from '../src/store/prepare-store.js';
import { stageDraft } from './support/stage-draft.js';
import { createTestStore, type TestStore } from './support/test-store.js';

const CHILD = fileURLToPath(new URL('./support/import-child.ts', import.meta.url));

async function counts(t: TestStore) {
  const count = async (table: 'submissions' | 'staged_observations' | 'files' | 'audit_log') =>
    Number(
      (
        await t.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    submissions: await count('submissions'),
    staged: await count('staged_observations'),
    files: await count('files'),
    audit: await count('audit_log'),
  };
}

describe('an import killed midway', () => {
  let t: TestStore;
  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await stageDraft(t.store, {
      table: 'MIG_STOCK_FB',
      country: 'ARG',
      cells: [[{ COUNTRY_OF_BIRTH: 'BOL', SEX: '_T', AGE: '_T', TIME_PERIOD: '2022' }, 10]],
    });
  });
  after(async () => t.cleanup());

  test('SIGKILL inside the transaction leaves the store unchanged and consistent', async () => {
    const before = await counts(t);
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
      env: { ...process.env, ...t.env, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        if (String(d).includes('FINISHED'))
          reject(new Error('the import finished before it could be killed'));
        if (String(d).includes('MIDWAY')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`child exited (${code}) before midway: ${stderr}`)));
    });
    if (t.store.dialect === 'postgres') {
      const copying = await sql<{ n: number }>`
        select count(*)::int as n from pg_stat_activity where query like 'COPY "staged_observations"%'`.execute(
        t.store.db,
      );
      assert.ok((copying.rows[0]?.n ?? 0) >= 1, 'the import is streaming rows into its transaction');
    }
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');

    assert.deepEqual(await counts(t), before);
    // The original file had been written to disk inside the transaction: the kill came midway.
    // The orphan file is harmless (content-addressed); no row refers to it.
    assert.ok(readdirSync(join(t.dataDir, 'files')).length > 0);
    if (t.store.dialect === 'sqlite') {
      const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(t.store.db);
      assert.equal(check.rows[0]?.integrity_check, 'ok');
      const orphans = await sql`pragma foreign_key_check`.execute(t.store.db);
      assert.equal(orphans.rows.length, 0);
    }
    // No lock is left behind: the next import goes through.
    const id = await stageDraft(t.store, {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      cells: [[{ COUNTRY_OF_BIRTH: 'PER', SEX: '_T', AGE: '_T', TIME_PERIOD: '2022' }, 5]],
    });
    assert.ok(id > 0);
    assert.equal((await counts(t)).staged, before.staged + 1);
  });
});
