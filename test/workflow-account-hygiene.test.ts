// Account hygiene (#13, point 6), on the store this run is configured for: one used reset token
// ends the others; reset requests are limited per address and per client in the store (a second
// server process sees the same count) and never tell whether an address has an account; the
// lockout answers the same for unknown and known addresses; what SICREMI writes to disk (SQLite
// file, original and temporary uploads, backups, restored files) is mode 0600.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../src/server/app.js';
import { openSqlite } from '../src/store/dialects/sqlite/open-sqlite.js';
import { createBackup } from '../src/workflow/backup/create-backup.js';
import { restoreBackup } from '../src/workflow/backup/restore-backup.js';
import { MAX_FAILURES } from '../src/workflow/login.js';
import {
  MAX_RESET_REQUESTS_PER_ADDRESS,
  MAX_RESET_REQUESTS_PER_CLIENT,
} from '../src/workflow/password-reset.js';
import { importWithIngest } from '../src/workflow/submissions/ingest-importer.js';
import { multipartBody } from './support/multipart-body.js';
import { createTestStore, STORE_KIND } from './support/test-store.js';
import { startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

// Whatever the user's umask, SICREMI must narrow its files itself.
process.umask(0o022);

const CSV = ['COUNTRY_OF_BIRTH,SEX,AGE,TIME_PERIOD,OBS_VALUE', 'PER,_T,_T,2023,250000'].join('\n');
const modeOf = (path: string) => statSync(path).mode & 0o777;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('account hygiene', () => {
  let w: WorkflowApp;
  const uploadModes: number[] = [];
  before(async () => {
    w = await startWorkflowApp({
      importer: async (store, request) => {
        uploadModes.push(modeOf(request.filePath));
        return importWithIngest(store, request);
      },
    });
  });
  after(async () => w.close());

  const askReset = (email: string, remoteAddress: string) =>
    w.app.inject({ method: 'POST', url: '/api/auth/password-reset', remoteAddress, payload: { email } });
  const resetMails = (email: string) => w.sent.filter((m) => m.kind === 'password-reset' && m.to === email);

  test('using one reset token invalidates the account other reset tokens', async () => {
    const admin = await w.as('admin');
    await admin.post('/api/users', {
      email: 'twice@example.org',
      password: 'old-password-1',
      role: 'reviewer',
    });
    assert.equal((await askReset('twice@example.org', '10.6.0.1')).statusCode, 202);
    assert.equal((await askReset('twice@example.org', '10.6.0.1')).statusCode, 202);
    const [first, second] = resetMails('twice@example.org').map((m) => /token=([\w-]+)/.exec(m.text)![1]!);
    assert.ok(first && second && first !== second);
    const used = await w.anonymous.post('/api/auth/password-reset/confirm', {
      token: second,
      password: 'new-password-1',
    });
    assert.equal(used.statusCode, 204);
    const stale = await w.anonymous.post('/api/auth/password-reset/confirm', {
      token: first,
      password: 'other-password-2',
    });
    assert.equal(stale.statusCode, 400);
    assert.equal(stale.json().error.code, 'RESET_TOKEN_INVALID');
  });

  test('reset requests are limited per address without telling whether it has an account', async () => {
    await (await w.as('admin')).post('/api/users', {
      email: 'often@example.org',
      password: 'long-enough-1',
      role: 'reviewer',
    });
    const answers: { status: number; body: string }[] = [];
    for (let i = 0; i < MAX_RESET_REQUESTS_PER_ADDRESS + 2; i++) {
      // Each from another client, so only the per-address limit is at play.
      for (const email of ['often@example.org', 'nobody-often@example.org']) {
        const response = await askReset(email, `10.7.${i}.${email.startsWith('often') ? 1 : 2}`);
        answers.push({ status: response.statusCode, body: response.body });
      }
    }
    assert.ok(
      answers.every((a) => a.status === 202 && a.body === answers[0]!.body),
      'the same answer every time',
    );
    assert.equal(resetMails('often@example.org').length, MAX_RESET_REQUESTS_PER_ADDRESS, 'no more mail');
  });

  test('reset requests are limited per client, and the count is shared by every server process', async () => {
    const other = await buildApp({
      store: w.testStore.store,
      config: {
        logLevel: 'silent',
        maxUploadBytes: 1e6,
        dataDir: w.testStore.dataDir,
        requireTwoFactor: false,
      },
    });
    try {
      const client = '10.8.8.8';
      for (let i = 0; i < MAX_RESET_REQUESTS_PER_CLIENT; i++) {
        const app = i % 2 === 0 ? w.app : other;
        const response = await app.inject({
          method: 'POST',
          url: '/api/auth/password-reset',
          remoteAddress: client,
          payload: { email: `client-${i}@example.org` },
        });
        assert.equal(response.statusCode, 202);
      }
      const refused = await other.inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        remoteAddress: client,
        payload: { email: 'one-more@example.org' },
      });
      assert.equal(refused.statusCode, 429);
      assert.equal(refused.json().error.code, 'TOO_MANY_RESET_REQUESTS');
      assert.equal(
        (await askReset('one-more@example.org', '10.8.8.9')).statusCode,
        202,
        'other clients go on',
      );
    } finally {
      await other.close();
    }
  });

  test('the lockout answers the same for an unknown address as for an account', async () => {
    await (await w.as('admin')).post('/api/users', {
      email: 'known-lock@example.org',
      password: 'right-password-1',
      role: 'reviewer',
    });
    const answersFor = async (email: string, remoteAddress: string) => {
      const answers: { status: number; body: string }[] = [];
      for (let i = 0; i <= MAX_FAILURES; i++) {
        const response = await w.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress,
          headers: { 'accept-language': 'en' },
          payload: { email, password: 'wrong-password' },
        });
        // The request id is this request's own (it differs between any two requests); the rest
        // of the answer must not tell an account from an unknown address.
        answers.push({ status: response.statusCode, body: withoutRequestId(response.body) });
      }
      return answers;
    };
    const known = await answersFor('known-lock@example.org', '10.5.0.1');
    const unknown = await answersFor('unknown-lock@example.org', '10.5.0.2');
    assert.equal(known.at(-1)?.status, 429);
    assert.match(known.at(-1)!.body, /ACCOUNT_LOCKED/);
    assert.deepEqual(unknown, known);
  });

  test('a password reset lifts the lock', async () => {
    await (await w.as('admin')).post('/api/users', {
      email: 'unlock@example.org',
      password: 'right-password-1',
      role: 'reviewer',
    });
    for (let i = 0; i < MAX_FAILURES; i++) {
      await w.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.5.1.1',
        payload: { email: 'unlock@example.org', password: 'wrong-password' },
      });
    }
    await askReset('unlock@example.org', '10.5.1.1');
    const token = /token=([\w-]+)/.exec(resetMails('unlock@example.org')[0]!.text)![1]!;
    await w.anonymous.post('/api/auth/password-reset/confirm', { token, password: 'new-password-1' });
    const signedIn = await w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.5.1.1',
      payload: { email: 'unlock@example.org', password: 'new-password-1' },
    });
    assert.equal(signedIn.statusCode, 200, signedIn.body);
  });

  test('uploads (temporary and original), backups and restored files are written with mode 0600', async () => {
    const chl = await w.as('chl');
    const body = multipartBody({ table: 'MIG_STOCK_FB', country: 'CHL' }, { name: 'chl.csv', content: CSV });
    const uploaded = await chl.request({ method: 'POST', url: '/api/submissions', ...body });
    assert.ok([201, 200].includes(uploaded.statusCode), uploaded.body);
    assert.ok(uploadModes.length > 0);
    assert.ok(
      uploadModes.every((mode) => mode === 0o600),
      `temporary upload mode ${uploadModes[0]?.toString(8)}`,
    );
    // On PostgreSQL the originals are kept in the database (file_chunks), not on disk: whatever
    // lands on disk must be private all the same.
    const filesDir = join(w.testStore.dataDir, 'files');
    const originals = existsSync(filesDir) ? listFiles(filesDir) : [];
    if (STORE_KIND === 'sqlite') assert.ok(originals.length > 0);
    for (const file of originals) assert.equal(modeOf(file), 0o600, file);
    const backup = join(w.testStore.dataDir, 'backup.gz');
    await createBackup(w.testStore.store, w.testStore.dataDir, backup);
    assert.equal(modeOf(backup), 0o600);
    const target = await createTestStore();
    try {
      await restoreBackup(target.store, target.dataDir, backup);
      const restored = listFiles(join(target.dataDir, 'files'));
      assert.ok(restored.length > 0);
      for (const file of restored) assert.equal(modeOf(file), 0o600, file);
    } finally {
      await target.cleanup();
    }
  });
});

// Checked on every run: the SQLite engine is always at hand, whichever store the run uses.
test('the SQLite file is created with mode 0600, and an existing one is narrowed to it', async () => {
  const store = await createTestStore({ migrate: false });
  try {
    const fresh = join(store.dataDir, 'fresh.sqlite');
    const opened = openSqlite(fresh);
    await opened.db
      .selectFrom('sqlite_master' as never)
      .selectAll()
      .execute();
    assert.equal(modeOf(fresh), 0o600);
    await opened.close();
    const existing = join(store.dataDir, 'existing.sqlite');
    writeFileSync(existing, '');
    chmodSync(existing, 0o644);
    const reopened = openSqlite(existing);
    assert.equal(modeOf(existing), 0o600);
    await reopened.close();
  } finally {
    await store.cleanup();
  }
});

function withoutRequestId(body: string): string {
  return body.replace(/"requestId":"[^"]*"/, '"requestId":"…"');
}
