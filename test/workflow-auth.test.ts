import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../src/server/app.js';
import { MAX_FAILURES } from '../src/workflow/login.js';
import { makeClient, signIn, startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

describe('accounts, sessions, CSRF, API tokens, lockout and password reset', () => {
  let w: WorkflowApp;
  before(async () => {
    w = await startWorkflowApp();
  });
  after(async () => w.close());

  test('login sets an HttpOnly SameSite=Lax session cookie and answers the CSRF token that /api/me repeats', async () => {
    const response = await w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'CHL@demo.sicremi.org', password: 'demo-chile-2026' },
    });
    assert.equal(response.statusCode, 200);
    const cookie = response.cookies.find((c) => c.name === 'sicremi_session')!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.notEqual(cookie.secure, true);
    const { csrfToken, user } = response.json();
    assert.equal(user.role, 'correspondent');
    assert.deepEqual(user.countries, ['CHL']);
    const me = await w.app.inject({ url: '/api/me', headers: { cookie: `sicremi_session=${cookie.value}` } });
    assert.equal(me.json().csrfToken, csrfToken);
    assert.equal(me.json().user.via, 'session');
  });

  test('the session cookie is Secure when the request came over HTTPS (behind a proxy)', async () => {
    const app = await buildApp({
      store: w.testStore.store,
      config: { logLevel: 'silent', maxUploadBytes: 1e6, dataDir: w.testStore.dataDir, cookieSecure: 'auto' },
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: 'reviewer@demo.sicremi.org', password: 'demo-reviewer-2026' },
    });
    assert.equal(response.cookies.find((c) => c.name === 'sicremi_session')?.secure, true);
    await app.close();
  });

  test('a cookie session without X-CSRF-Token cannot change anything; with it, it can', async () => {
    const admin = await w.as('admin');
    const body = { name: 'Round without CSRF', deadline: '2030-06-30', tables: { I: ['MIG_STOCK_FB'] } };
    const without = await admin.request({
      method: 'POST',
      url: '/api/rounds',
      payload: body,
      headers: { 'x-csrf-token': 'wrong' },
    });
    assert.equal(without.statusCode, 403);
    assert.equal(without.json().error.code, 'CSRF_TOKEN_INVALID');
    const withToken = await admin.post('/api/rounds', body);
    assert.equal(withToken.statusCode, 201, withToken.body);
  });

  test('sessions live in the store: a second server process accepts the same cookie', async () => {
    const chl = await w.as('chl');
    const other = await buildApp({
      store: w.testStore.store,
      config: { logLevel: 'silent', maxUploadBytes: 1e6, dataDir: w.testStore.dataDir },
    });
    const response = await other.inject({ url: '/api/me', headers: { cookie: chl.headers.cookie! } });
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().user.email, 'chl@demo.sicremi.org');
    await other.close();
  });

  test('an API token authenticates without cookie or CSRF header, and stops working once revoked', async () => {
    const chl = await w.as('chl');
    const created = await chl.post('/api/tokens', { name: 'national system' });
    assert.equal(created.statusCode, 201);
    const { token, id } = created.json();
    assert.match(token, /^sicremi_/);
    const bot = makeClient(w.app, { authorization: `Bearer ${token}` });
    const me = await bot.get('/api/me');
    assert.equal(me.json().user.via, 'token');
    assert.equal(me.json().csrfToken, null);
    const minted = await bot.post('/api/tokens', { name: 'made by the token itself' });
    assert.equal(minted.statusCode, 403, 'tokens are managed from a session only');
    assert.equal(minted.json().error.code, 'TOKEN_SESSION_REQUIRED');
    const listed = (await chl.get('/api/tokens')).json().tokens;
    assert.ok(listed.every((t: Record<string, unknown>) => !('token' in t) && !('tokenHash' in t)));
    assert.equal((await chl.request({ method: 'DELETE', url: `/api/tokens/${id}` })).statusCode, 204);
    const revoked = await bot.get('/api/me');
    assert.equal(revoked.statusCode, 401);
    assert.equal(revoked.json().error.code, 'INVALID_TOKEN');
  });

  test(`${MAX_FAILURES} wrong passwords lock the account, even against the right one`, async () => {
    const admin = await w.as('admin');
    const created = await admin.post('/api/users', {
      email: 'lockme@example.org',
      password: 'right-password-1',
      role: 'reviewer',
    });
    assert.equal(created.statusCode, 201, created.body);
    const attempt = (password: string) =>
      w.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.1.1.1',
        payload: { email: 'lockme@example.org', password },
      });
    for (let i = 0; i < MAX_FAILURES; i++) {
      const wrong = await attempt('wrong-password');
      assert.equal(wrong.statusCode, 401);
      assert.equal(wrong.json().error.code, 'INVALID_CREDENTIALS');
    }
    const locked = await attempt('right-password-1');
    assert.equal(locked.statusCode, 429);
    assert.equal(locked.json().error.code, 'ACCOUNT_LOCKED');
  });

  test('too many failures from one address are refused for a while, whatever the account', async () => {
    let last = 0;
    let code = '';
    for (let i = 0; i < 25 && last !== 429; i++) {
      const response = await w.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.9.9.9',
        payload: { email: `nobody${i}@example.org`, password: 'whatever-it-is' },
      });
      last = response.statusCode;
      code = response.json().error.code;
    }
    assert.equal(last, 429);
    assert.equal(code, 'TOO_MANY_ATTEMPTS');
  });

  test('a client cannot dodge the address limit with X-Forwarded-For: only a local proxy is believed', async () => {
    let last = 0;
    for (let i = 0; i < 25 && last !== 429; i++) {
      const response = await w.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '198.51.100.7',
        headers: { 'x-forwarded-for': `203.0.113.${i}` },
        payload: { email: `spoof${i}@example.org`, password: 'whatever-it-is' },
      });
      last = response.statusCode;
    }
    assert.equal(last, 429, 'forged forwarded addresses from a remote peer are ignored');
    // Behind the local reverse proxy, the forwarded address is the client's own.
    const proxied = await w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': '192.0.2.44' },
      payload: { email: 'proxied@example.org', password: 'whatever-it-is' },
    });
    assert.equal(proxied.statusCode, 401);
  });

  test('password reset: a mailed single-use token sets a new password and ends old sessions', async () => {
    const admin = await w.as('admin');
    await admin.post('/api/users', {
      email: 'forgetful@example.org',
      password: 'old-password-1',
      role: 'reviewer',
    });
    const old = await signIn(w.app, 'forgetful@example.org', 'old-password-1');
    const unknown = await w.anonymous.post('/api/auth/password-reset', { email: 'nobody@example.org' });
    assert.equal(unknown.statusCode, 202);
    const asked = await w.anonymous.post('/api/auth/password-reset', { email: 'forgetful@example.org' });
    assert.equal(asked.statusCode, 202);
    const mail = w.sent.find((m) => m.kind === 'password-reset' && m.to === 'forgetful@example.org')!;
    const token = /token=([\w-]+)/.exec(mail.text)![1]!;
    const weak = await w.anonymous.post('/api/auth/password-reset/confirm', { token, password: 'short' });
    assert.equal(weak.json().error.code, 'WEAK_PASSWORD');
    const done = await w.anonymous.post('/api/auth/password-reset/confirm', {
      token,
      password: 'new-password-1',
    });
    assert.equal(done.statusCode, 204);
    const again = await w.anonymous.post('/api/auth/password-reset/confirm', {
      token,
      password: 'other-password-2',
    });
    assert.equal(again.statusCode, 400);
    assert.equal(again.json().error.code, 'RESET_TOKEN_INVALID');
    assert.equal((await old.get('/api/me')).statusCode, 401);
    await signIn(w.app, 'forgetful@example.org', 'new-password-1');
  });

  test('accounts: admins create them; correspondents need a country; duplicates conflict', async () => {
    const admin = await w.as('admin');
    const noCountry = await admin.post('/api/users', {
      email: 'c1@example.org',
      password: 'long-enough-1',
      role: 'correspondent',
    });
    assert.equal(noCountry.json().error.code, 'COUNTRY_REQUIRED');
    const badCountry = await admin.post('/api/users', {
      email: 'c1@example.org',
      password: 'long-enough-1',
      role: 'correspondent',
      countries: ['FRA'],
    });
    assert.equal(badCountry.json().error.code, 'UNKNOWN_COUNTRY');
    const ok = await admin.post('/api/users', {
      email: 'c1@example.org',
      password: 'long-enough-1',
      role: 'correspondent',
      countries: ['per', 'BOL'],
    });
    assert.equal(ok.statusCode, 201);
    assert.deepEqual(ok.json().user.countries, ['BOL', 'PER']);
    const dup = await admin.post('/api/users', {
      email: 'C1@example.org',
      password: 'long-enough-1',
      role: 'admin',
    });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().error.code, 'USER_EXISTS');
    const reviewer = await w.as('reviewer');
    assert.equal((await reviewer.get('/api/users')).statusCode, 403);
    const users = (await admin.get('/api/users')).json().users;
    assert.ok(users.every((u: Record<string, unknown>) => !('passwordHash' in u) && !('password_hash' in u)));
    const id = ok.json().user.id;
    const promoted = await admin.request({
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: { role: 'reviewer' },
    });
    assert.equal(promoted.json().user.role, 'reviewer');
    assert.deepEqual(promoted.json().user.countries, [], 'OAS staff list no countries');
    const session = await signIn(w.app, 'c1@example.org', 'long-enough-1');
    await admin.request({ method: 'PATCH', url: `/api/users/${id}`, payload: { disabled: true } });
    assert.equal((await session.get('/api/me')).statusCode, 401, 'a disabled account loses its sessions');
    const selfDemote = await admin.request({
      method: 'PATCH',
      url: '/api/users/1',
      payload: { role: 'reviewer' },
    });
    assert.equal(selfDemote.statusCode, 403);
    const audit = (await admin.get('/api/audit')).json().entries.map((e: { action: string }) => e.action);
    for (const action of [
      'auth.login',
      'auth.login_failed',
      'auth.lock',
      'user.create',
      'user.role_change',
      'password.reset',
    ]) {
      assert.ok(audit.includes(action), `audit has ${action}`);
    }
  });
});
