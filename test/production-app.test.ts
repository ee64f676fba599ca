// What a process behind a proxy needs from the app: readiness, Prometheus metrics (loopback or
// token), a request id repeated by the answer, the error body and the audit log, Cache-Control
// that lets a proxy keep public answers only, and public reads routed to a read replica.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getTable } from '../src/framework/index.js';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { publishRelease } from '../src/store/repositories/releases.js';
import { DEMO_ACCOUNTS, ensureDemoAccounts } from '../src/workflow/demo-accounts.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';
import { startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

const REVIEWER_PASSWORD = DEMO_ACCOUNTS.find((a) => a.email === 'reviewer@demo.sicremi.org')!.password;
const PUBLIC_CACHE = /^public, max-age=0, must-revalidate, stale-while-revalidate=\d+$/;

async function publishOne(store: TestStore['store'], value: number): Promise<void> {
  await store.transaction((tx) =>
    publishRelease(tx, {
      table: getTable('MIG_EMIGRATION')!,
      publishedAt: new Date(Date.now() - 1000).toISOString(),
      observations: [
        {
          observation: {
            table: 'MIG_EMIGRATION',
            key: { REF_AREA: 'ARG', COUNTERPART_AREA: 'CHL', SEX: '_T', TIME_PERIOD: '2018' },
            value,
            status: 'A',
            conf: 'F',
          },
        },
      ],
    }),
  );
}

describe(`a process ready for production, on ${STORE_KIND}`, () => {
  let w: WorkflowApp;
  before(async () => {
    w = await startWorkflowApp();
  });
  after(async () => w.close());

  test('/ready says the store answers and every migration is applied; /health is unchanged', async () => {
    const ready = await w.anonymous.get('/ready');
    assert.equal(ready.statusCode, 200, ready.body);
    assert.deepEqual(ready.json().migrations, { current: true, pending: [] });
    assert.equal(ready.json().store.reachable, true);
    assert.equal(ready.headers['cache-control'], 'no-store');
    assert.equal((await w.anonymous.get('/health')).json().status, 'ok');
  });

  test('/metrics answers Prometheus text on loopback or with the token, and refuses others with a code', async () => {
    await w.anonymous.get('/api/releases');
    const metrics = await w.anonymous.get('/metrics');
    assert.equal(metrics.statusCode, 200);
    assert.match(String(metrics.headers['content-type']), /^text\/plain/);
    assert.match(
      metrics.body,
      /sicremi_http_requests_total\{method="GET",route="\/api\/releases",status="200"\} \d+/,
    );
    assert.match(
      metrics.body,
      /sicremi_http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/api\/releases"\}/,
    );
    assert.match(metrics.body, /sicremi_answer_cache_total\{result="miss"\} [1-9]/);
    assert.match(metrics.body, /sicremi_imports_running 0/);
    const remote = await w.anonymous.request({ method: 'GET', url: '/metrics', remoteAddress: '10.1.2.3' });
    assert.equal(remote.statusCode, 403);
    assert.equal(remote.json().error.code, 'METRICS_FORBIDDEN');
    assert.match(
      (
        await w.anonymous.request({
          method: 'GET',
          url: '/metrics',
          remoteAddress: '10.1.2.3',
          headers: { 'accept-language': 'es' },
        })
      ).json().error.message,
      /métricas/,
    );
  });

  test('the request id comes back in X-Request-Id, in error bodies and in the audit entry it wrote', async () => {
    const missing = await w.anonymous.request({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'x-request-id': 'nginx-0123456789abcdef' },
    });
    assert.equal(missing.headers['x-request-id'], 'nginx-0123456789abcdef');
    assert.equal(missing.json().error.requestId, 'nginx-0123456789abcdef');
    const generated = await w.anonymous.request({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'x' },
    });
    assert.match(String(generated.headers['x-request-id']), /^[a-z]{24}$/);

    const login = await w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'admin@demo.sicremi.org', password: 'wrong password' },
      headers: { 'x-request-id': 'login-attempt-42' },
    });
    assert.equal(login.json().error.requestId, 'login-attempt-42');
    const entries = (await (await w.as('admin')).get('/api/audit')).json().entries as {
      action: string;
      requestId: string | null;
    }[];
    assert.ok(entries.some((e) => e.action === 'auth.login_failed' && e.requestId === 'login-attempt-42'));
  });

  test('public answers may be kept by a proxy but revalidated; signed-in answers are private', async () => {
    const open = await w.anonymous.get('/api/releases');
    assert.match(String(open.headers['cache-control']), PUBLIC_CACHE);
    assert.match(String(open.headers.etag), /^"[\w-]+"$/);
    const again = await w.anonymous.request({
      method: 'GET',
      url: '/api/releases',
      headers: { 'if-none-match': String(open.headers.etag) },
    });
    assert.equal(again.statusCode, 304);
    const me = await (await w.as('chl')).get('/api/me');
    assert.equal(me.headers['cache-control'], 'private, no-store');
    assert.equal((await w.anonymous.get('/api/me')).headers['cache-control'], 'no-store');
  });
});

describe(`public reads on a read replica, on ${STORE_KIND}`, () => {
  let primary: TestStore;
  let replica: TestStore;
  let app: Awaited<ReturnType<typeof buildApp>>;
  before(async () => {
    // Two stores stand for primary and replica: a release on the primary only shows which one answered.
    [primary, replica] = await Promise.all([createTestStore(), createTestStore()]);
    await Promise.all([prepareStore(primary.store), prepareStore(replica.store)]);
    await ensureDemoAccounts(primary.store);
    await publishOne(primary.store, 1000);
    app = await buildApp({
      store: primary.store,
      readReplica: replica.store,
      config: { logLevel: 'silent', maxUploadBytes: 1024 * 1024, dataDir: primary.dataDir },
    });
  });
  after(async () => {
    await app.close();
    await Promise.all([primary.cleanup(), replica.cleanup()]);
  });

  test('anonymous reads go to the replica, with its fingerprint; credentialed reads go to the primary', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/api/releases' });
    assert.deepEqual(anonymous.json().releases, []);
    const replicaOnly = await app.inject({ method: 'GET', url: '/api/releases' });
    assert.equal(replicaOnly.headers.etag, anonymous.headers.etag);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'reviewer@demo.sicremi.org', password: REVIEWER_PASSWORD },
    });
    assert.equal(login.statusCode, 200, login.body);
    const cookie = login.cookies.find((c) => c.name === 'sicremi_session')?.value;
    const signedIn = await app.inject({
      method: 'GET',
      url: '/api/releases',
      headers: { cookie: `sicremi_session=${cookie}` },
    });
    assert.equal(signedIn.json().releases.length, 1);
    await publishOne(replica.store, 1000);
    await assert.doesNotReject(async () => {
      for (let i = 0; i < 200; i++) {
        const seen = await app.inject({ method: 'GET', url: '/api/releases' });
        if (seen.json().releases.length === 1) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('the release on the replica never showed');
    });
    const ready = await app.inject({ method: 'GET', url: '/ready' });
    assert.equal(ready.json().replica.reachable, true);
  });
});
