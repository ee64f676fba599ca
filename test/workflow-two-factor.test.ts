// Two-factor sign-in (#13, point 8), on the store this run is configured for, with
// SICREMI_REQUIRE_2FA on: a reviewer or admin without a second factor reaches only the
// enrolment routes until enrolled (QR code, recovery codes, audited); then signs in with a TOTP
// code (each accepted once) or a recovery code (each once). Correspondents and API tokens are
// not affected.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readConfig } from '../src/config.js';
import { findUserByEmail } from '../src/store/repositories/users.js';
import { createApiToken } from '../src/workflow/api-tokens.js';
import { computeTotpCode } from '../src/workflow/two-factor/totp.js';
import { type Client, makeClient, startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

const STEP_MS = 30_000;

describe('two-factor sign-in for reviewers and admins', () => {
  let w: WorkflowApp;
  before(async () => {
    w = await startWorkflowApp({ requireTwoFactor: true });
    // The admin who creates the accounts below must enrol first too.
    await enrol(await w.as('admin'));
  });
  after(async () => w.close());

  const login = (payload: Record<string, string>, remoteAddress = '10.2.0.1') =>
    w.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload });

  function sessionOf(response: Awaited<ReturnType<typeof login>>): Client {
    const cookie = response.cookies.find((c) => c.name === 'sicremi_session')!;
    return makeClient(w.app, {
      cookie: `sicremi_session=${cookie.value}`,
      'x-csrf-token': response.json().csrfToken,
    });
  }

  async function newReviewer(email: string): Promise<Client> {
    const admin = await w.as('admin');
    const created = await admin.post('/api/users', { email, password: 'long-enough-1', role: 'reviewer' });
    assert.equal(created.statusCode, 201, created.body);
    return sessionOf(await login({ email, password: 'long-enough-1' }));
  }

  async function enrol(session: Client): Promise<{ secret: string; recoveryCodes: string[] }> {
    const started = await session.post('/api/auth/2fa/enrol', {});
    assert.equal(started.statusCode, 200, started.body);
    const { secret } = started.json();
    const confirmed = await session.post('/api/auth/2fa/confirm', { code: await computeTotpCode(secret) });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    return { secret, recoveryCodes: confirmed.json().recoveryCodes };
  }

  test('SICREMI_REQUIRE_2FA: true by default with DATABASE_URL, false without; an explicit value wins', () => {
    assert.equal(readConfig({}).requireTwoFactor, false);
    assert.equal(readConfig({ DATABASE_URL: 'postgres://db/sicremi' }).requireTwoFactor, true);
    assert.equal(
      readConfig({ DATABASE_URL: 'postgres://db/sicremi', SICREMI_REQUIRE_2FA: 'false' }).requireTwoFactor,
      false,
    );
    assert.equal(readConfig({ SICREMI_REQUIRE_2FA: 'true' }).requireTwoFactor, true);
  });

  test('a reviewer without a second factor reaches only enrolment until enrolled (QR code, recovery codes)', async () => {
    const admin = await w.as('admin');
    await admin.post('/api/users', {
      email: 'new-reviewer@example.org',
      password: 'long-enough-1',
      role: 'reviewer',
    });
    const first = await login({ email: 'new-reviewer@example.org', password: 'long-enough-1' });
    assert.equal(first.statusCode, 200, first.body);
    assert.deepEqual(first.json().twoFactor, { enabled: false, enrolmentRequired: true });
    const session = sessionOf(first);
    const held = await session.get('/api/submissions');
    assert.equal(held.statusCode, 403);
    assert.equal(held.json().error.code, 'TWO_FACTOR_ENROLMENT_REQUIRED');
    assert.equal((await session.get('/api/tokens')).json().error.code, 'TWO_FACTOR_ENROLMENT_REQUIRED');
    const me = await session.get('/api/me');
    assert.equal(me.statusCode, 200);
    assert.deepEqual(me.json().twoFactor, { enabled: false, enrolmentRequired: true });
    const noCsrf = await session.request({
      method: 'POST',
      url: '/api/auth/2fa/enrol',
      headers: { 'x-csrf-token': 'wrong' },
    });
    assert.equal(noCsrf.json().error.code, 'CSRF_TOKEN_INVALID');
    const notStarted = await session.post('/api/auth/2fa/confirm', { code: '123456' });
    assert.equal(notStarted.json().error.code, 'TWO_FACTOR_NOT_STARTED');
    const started = await session.post('/api/auth/2fa/enrol', {});
    const { secret, otpauthUri, qrSvg } = started.json();
    assert.match(otpauthUri, /^otpauth:\/\/totp\/SICREMI:new-reviewer%40example\.org\?secret=/);
    assert.match(qrSvg, /^<svg[\s\S]*<\/svg>\s*$/);
    const wrong = await session.post('/api/auth/2fa/confirm', { code: '000000' });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().error.code, 'TWO_FACTOR_CODE_INVALID');
    const confirmed = await session.post('/api/auth/2fa/confirm', { code: await computeTotpCode(secret) });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    const { recoveryCodes } = confirmed.json();
    assert.equal(recoveryCodes.length, 10);
    assert.equal(new Set(recoveryCodes).size, 10);
    assert.equal(
      (await session.get('/api/submissions')).statusCode,
      200,
      'the session is whole once enrolled',
    );
    assert.equal(
      (await session.post('/api/auth/2fa/enrol', {})).json().error.code,
      'TWO_FACTOR_ALREADY_ENABLED',
    );
    const entries = (await admin.get('/api/audit?limit=1000')).json().entries as {
      action: string;
      actor: string;
    }[];
    assert.ok(entries.some((e) => e.action === 'auth.2fa_enrol' && e.actor === 'new-reviewer@example.org'));
  });

  test('an enrolled reviewer signs in with password and code; a code signs in once; recovery codes once each', async () => {
    const { secret, recoveryCodes } = await enrol(await newReviewer('code-reviewer@example.org'));
    const email = 'code-reviewer@example.org';
    const password = 'long-enough-1';
    const missing = await login({ email, password });
    assert.equal(missing.statusCode, 401);
    assert.equal(missing.json().error.code, 'TWO_FACTOR_CODE_REQUIRED');
    assert.equal(missing.cookies.length, 0, 'no session without the code');
    const wrong = await login({ email, password, code: '000000' });
    assert.equal(wrong.json().error.code, 'TWO_FACTOR_CODE_INVALID');
    const badPassword = await login({
      email,
      password: 'wrong-password',
      code: await computeTotpCode(secret),
    });
    assert.equal(badPassword.json().error.code, 'INVALID_CREDENTIALS');
    // The enrolment used this step's code: the next step's code (within the drift allowed) is fresh.
    const code = await computeTotpCode(secret, new Date(Date.now() + STEP_MS));
    const signedIn = await login({ email, password, code });
    assert.equal(signedIn.statusCode, 200, signedIn.body);
    assert.deepEqual(signedIn.json().twoFactor, { enabled: true, enrolmentRequired: false });
    assert.equal((await sessionOf(signedIn).get('/api/submissions')).statusCode, 200);
    const replay = await login({ email, password, code });
    assert.equal(replay.json().error.code, 'TWO_FACTOR_CODE_INVALID', 'a code signs in once');
    const recovery = recoveryCodes[3]!;
    assert.equal((await login({ email, password, code: recovery.toUpperCase() })).statusCode, 200);
    assert.equal(
      (await login({ email, password, code: recovery })).json().error.code,
      'TWO_FACTOR_CODE_INVALID',
    );
  });

  test('an enrolled account is asked for its code even when the requirement is off', async () => {
    const { secret } = await enrol(await newReviewer('off-reviewer@example.org'));
    const { buildApp } = await import('../src/server/app.js');
    const relaxed = await buildApp({
      store: w.testStore.store,
      config: {
        logLevel: 'silent',
        maxUploadBytes: 1e6,
        dataDir: w.testStore.dataDir,
        requireTwoFactor: false,
      },
    });
    try {
      const answer = await relaxed.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.2.0.3',
        payload: { email: 'off-reviewer@example.org', password: 'long-enough-1' },
      });
      assert.equal(answer.json().error.code, 'TWO_FACTOR_CODE_REQUIRED');
      assert.ok(secret);
    } finally {
      await relaxed.close();
    }
  });

  test('an admin turns off the second factor of an account that lost its phone (audited), never its own', async () => {
    const session = await newReviewer('lost-phone@example.org');
    await enrol(session);
    const admin = await w.as('admin');
    const users = (await admin.get('/api/users')).json().users as {
      id: number;
      email: string;
      twoFactorEnabled: boolean;
    }[];
    const user = users.find((u) => u.email === 'lost-phone@example.org')!;
    assert.equal(user.twoFactorEnabled, true);
    const reset = await admin.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { resetTwoFactor: true },
    });
    assert.equal(reset.statusCode, 200, reset.body);
    assert.equal(reset.json().user.twoFactorEnabled, false);
    assert.equal((await session.get('/api/me')).statusCode, 401, 'its sessions ended');
    const again = await login({ email: 'lost-phone@example.org', password: 'long-enough-1' });
    assert.equal(again.statusCode, 200, 'no code asked any more');
    assert.deepEqual(again.json().twoFactor, { enabled: false, enrolmentRequired: true });
    const me = (await admin.get('/api/me')).json().user.id;
    const self = await admin.request({
      method: 'PATCH',
      url: `/api/users/${me}`,
      payload: { resetTwoFactor: true },
    });
    assert.equal(self.statusCode, 403);
    const entries = (await admin.get('/api/audit?limit=1000')).json().entries as { action: string }[];
    assert.ok(entries.some((e) => e.action === 'auth.2fa_reset'));
  });

  test('correspondents are not asked; API tokens are unaffected; a token cannot enrol', async () => {
    const chl = await w.as('chl');
    assert.equal((await chl.get('/api/submissions')).statusCode, 200);
    const reviewer = (await findUserByEmail(w.testStore.store.db, 'reviewer@demo.sicremi.org'))!;
    const { token } = await createApiToken(
      w.testStore.store,
      { actor: { id: reviewer.id, email: reviewer.email, role: 'reviewer', countries: [] } },
      'analysis scripts',
    );
    const bot = makeClient(w.app, { authorization: `Bearer ${token}` });
    assert.equal((await bot.get('/api/submissions')).statusCode, 200, 'a token needs no second factor');
    const enrolByToken = await bot.post('/api/auth/2fa/enrol', {});
    assert.equal(enrolByToken.statusCode, 403);
  });
});
