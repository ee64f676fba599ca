// API tokens (#13, point 3): managed from a session only, revoked with any change that should
// end the owner's access, expiring (90 days by default, also for tokens older than the
// migration), and showing when they were last used. Runs on the store this run is set for.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Migrator, sql } from 'kysely';
import { migrateToLatest } from '../src/store/migrate.js';
import { listMigrations } from '../src/store/migrations/index.js';
import { findUserByEmail } from '../src/store/repositories/users.js';
import { createApiToken, TOKEN_DAYS } from '../src/workflow/api-tokens.js';
import type { Role } from '../src/workflow/roles.js';
import { createTestStore } from './support/test-store.js';
import {
  type Client,
  makeClient,
  signIn,
  startWorkflowApp,
  type WorkflowApp,
} from './support/workflow-app.js';

const DAY = 86_400_000;

describe('API tokens', () => {
  let w: WorkflowApp;
  before(async () => {
    w = await startWorkflowApp();
  });
  after(async () => w.close());

  async function newAccount(
    email: string,
    role: Role = 'correspondent',
  ): Promise<{ id: number; session: Client }> {
    const admin = await w.as('admin');
    const created = await admin.post('/api/users', {
      email,
      password: 'long-enough-1',
      role,
      ...(role === 'correspondent' ? { countries: ['PER'] } : {}),
    });
    assert.equal(created.statusCode, 201, created.body);
    return { id: created.json().user.id, session: await signIn(w.app, email, 'long-enough-1') };
  }

  async function mint(session: Client, body: Record<string, unknown> = { name: 'system' }) {
    const created = await session.post('/api/tokens', body);
    assert.equal(created.statusCode, 201, created.body);
    return { ...created.json(), bot: makeClient(w.app, { authorization: `Bearer ${created.json().token}` }) };
  }

  test('a bearer token can neither create, list nor revoke tokens: only a session with its CSRF token can', async () => {
    const chl = await w.as('chl');
    const { id, bot } = await mint(chl);
    for (const response of [
      await bot.post('/api/tokens', { name: 'another' }),
      await bot.get('/api/tokens'),
      await bot.request({ method: 'DELETE', url: `/api/tokens/${id}` }),
    ]) {
      assert.equal(response.statusCode, 403, response.body);
      assert.equal(response.json().error.code, 'TOKEN_SESSION_REQUIRED');
    }
    assert.equal((await bot.get('/api/me')).statusCode, 200, 'the token itself still works');
    const noCsrf = await chl.request({
      method: 'POST',
      url: '/api/tokens',
      headers: { 'x-csrf-token': 'x' },
    });
    assert.equal(noCsrf.json().error.code, 'CSRF_TOKEN_INVALID');
  });

  test(`a token expires after ${TOKEN_DAYS} days by default, or the days asked for; an expired token is refused`, async () => {
    const chl = await w.as('chl');
    const before = Date.now();
    const standard = await mint(chl);
    const expected = before + TOKEN_DAYS * DAY;
    assert.ok(Math.abs(Date.parse(standard.expiresAt) - expected) < 60_000, standard.expiresAt);
    const short = await mint(chl, { name: 'short', expiresInDays: 7 });
    assert.ok(Math.abs(Date.parse(short.expiresAt) - (before + 7 * DAY)) < 60_000);
    const tooLong = await chl.post('/api/tokens', { name: 'forever', expiresInDays: 100_000 });
    assert.equal(tooLong.statusCode, 400);
    const user = (await findUserByEmail(w.testStore.store.db, 'chl@demo.sicremi.org'))!;
    const actor = { id: user.id, email: user.email, role: 'correspondent' as const, countries: ['CHL'] };
    const old = await createApiToken(w.testStore.store, { actor }, 'made 91 days ago', {
      now: new Date(Date.now() - 91 * DAY),
    });
    const expired = await makeClient(w.app, { authorization: `Bearer ${old.token}` }).get('/api/me');
    assert.equal(expired.statusCode, 401);
    assert.equal(expired.json().error.code, 'INVALID_TOKEN');
    const listed = (await chl.get('/api/tokens')).json().tokens as { id: number; expiresAt: string }[];
    assert.ok(Date.parse(listed.find((t) => t.id === old.record.id)!.expiresAt) < Date.now());
  });

  test('the list shows when each token was last used', async () => {
    const chl = await w.as('chl');
    const { id, bot } = await mint(chl, { name: 'watched' });
    const listed = async () =>
      ((await chl.get('/api/tokens')).json().tokens as { id: number; lastUsedAt: string | null }[]).find(
        (t) => t.id === id,
      )!;
    assert.equal((await listed()).lastUsedAt, null);
    const beforeUse = new Date().toISOString();
    assert.equal((await bot.get('/api/me')).statusCode, 200);
    const used = (await listed()).lastUsedAt;
    assert.ok(used && used >= beforeUse, `lastUsedAt ${used}`);
  });

  test('a password reset, a disabled account and a role change each revoke the account tokens (audited)', async () => {
    const admin = await w.as('admin');
    // Password reset.
    const reset = await newAccount('token-reset@example.org');
    const resetToken = await mint(reset.session);
    await w.anonymous.post('/api/auth/password-reset', { email: 'token-reset@example.org' });
    const mail = w.sent.find((m) => m.kind === 'password-reset' && m.to === 'token-reset@example.org')!;
    const token = /token=([\w-]+)/.exec(mail.text)![1]!;
    const done = await w.anonymous.post('/api/auth/password-reset/confirm', {
      token,
      password: 'new-password-1',
    });
    assert.equal(done.statusCode, 204);
    assert.equal((await resetToken.bot.get('/api/me')).statusCode, 401, 'reset revokes tokens');
    // Disabled account.
    const disabled = await newAccount('token-disabled@example.org');
    const disabledToken = await mint(disabled.session);
    await admin.request({ method: 'PATCH', url: `/api/users/${disabled.id}`, payload: { disabled: true } });
    await admin.request({ method: 'PATCH', url: `/api/users/${disabled.id}`, payload: { disabled: false } });
    assert.equal((await disabledToken.bot.get('/api/me')).statusCode, 401, 'disabling revokes tokens');
    // Role change.
    const promoted = await newAccount('token-role@example.org');
    const promotedToken = await mint(promoted.session);
    const countriesOnly = await admin.request({
      method: 'PATCH',
      url: `/api/users/${promoted.id}`,
      payload: { countries: ['PER', 'BOL'] },
    });
    assert.equal(countriesOnly.statusCode, 200);
    assert.equal((await promotedToken.bot.get('/api/me')).statusCode, 200, 'a new country keeps the token');
    await admin.request({ method: 'PATCH', url: `/api/users/${promoted.id}`, payload: { role: 'reviewer' } });
    assert.equal((await promotedToken.bot.get('/api/me')).statusCode, 401, 'a new role revokes tokens');
    const entries = (await admin.get('/api/audit?limit=1000')).json().entries as {
      action: string;
      entityId: string | number | null;
      details: { reason?: string } | null;
    }[];
    const revocations = entries.filter((e) => e.action === 'token.revoke').map((e) => e.details?.reason);
    for (const reason of ['password_reset', 'disabled', 'role_change']) {
      assert.ok(revocations.includes(reason), `token.revoke for ${reason}`);
    }
    assert.ok(entries.some((e) => e.action === 'token.create'));
  });
});

test('migration 0009 gives tokens made before it an expiry 90 days after it runs', async () => {
  const t = await createTestStore({ migrate: false });
  try {
    const schema =
      t.store.dialect === 'postgres'
        ? (await sql<{ s: string }>`select current_schema() as s`.execute(t.store.db)).rows[0]?.s
        : undefined;
    const migrator = new Migrator({
      db: t.store.db,
      ...(schema ? { migrationTableSchema: schema } : {}),
      provider: { getMigrations: async () => listMigrations(t.store.dialect) },
    });
    const partial = await migrator.migrateTo('0008-training');
    assert.equal(partial.error, undefined);
    // biome-ignore lint/suspicious/noExplicitAny: the schema as it was before 0009
    const db = t.store.db as any;
    const user = await db
      .insertInto('users')
      .values({
        email: 'old@example.org',
        password_hash: 'x',
        role: 'correspondent',
        name: null,
        lang: 'en',
        created_at: '2025-01-01T00:00:00.000Z',
        disabled: 0,
        failed_logins: 0,
        locked_until: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('api_tokens')
      .values({
        user_id: user.id,
        name: 'old',
        token_hash: 'h',
        prefix: 'sicremi_abc',
        created_at: '2025-01-01T00:00:00.000Z',
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    const migratedAt = Date.now();
    await migrateToLatest(t.store);
    const row = await t.store.db.selectFrom('api_tokens').select('expires_at').executeTakeFirstOrThrow();
    assert.ok(row.expires_at, 'an expiry was given');
    assert.ok(Math.abs(Date.parse(row.expires_at) - (migratedAt + 90 * DAY)) < 60_000, row.expires_at);
  } finally {
    await t.cleanup();
  }
});
