// Security headers and CORS (issue 13): every answer carries nosniff and a Referrer-Policy,
// HTML (the standalone report too) a CSP with frame-ancestors; public reads answer CORS with
// Access-Control-Allow-Origin * (no credentials) and a preflight; authenticated routes never do.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadSyntheticFixture } from './sdmx-synthetic.js';
import { STORE_KIND } from './support/test-store.js';
import { startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

const ORIGIN = 'https://dashboard.example.org';
const PUBLIC_READS = [
  '/sdmx/v2/data/dataflow/OAS/MIG_STOCK_FB/1.0/*',
  '/sdmx/v1/dataflow',
  '/api/data/MIG_STOCK_FB?REF_AREA=CHL',
  '/api/data/MIG_STOCK_FB/pivot',
  '/api/indicators',
  '/api/indicators/FB_SHARE',
  '/api/download?table=MIG_STOCK_FB&format=csv',
  '/api/observations/history?table=MIG_STOCK_FB&key=CHL.PER.F._T.2020',
];

describe(`security headers and CORS on ${STORE_KIND}`, () => {
  let w: WorkflowApp;
  before(async () => {
    w = await startWorkflowApp();
    await loadSyntheticFixture(w.testStore.store);
  });
  after(async () => w.close());

  test('API answers, errors and the standalone HTML report carry nosniff and a Referrer-Policy; HTML a CSP', async () => {
    for (const url of ['/api/framework', '/api/me', '/api/nothing-here', '/api/data/NOPE', '/health']) {
      const res = await w.anonymous.get(url);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
      assert.ok(res.headers['referrer-policy'], url);
    }
    const report = await w.anonymous.get('/api/reports/country/CHL');
    assert.equal(report.statusCode, 200);
    assert.match(String(report.headers['content-type']), /^text\/html/);
    assert.equal(report.headers['x-content-type-options'], 'nosniff');
    assert.equal(report.headers['referrer-policy'], 'same-origin');
    assert.match(String(report.headers['content-security-policy']), /frame-ancestors 'none'/);
    assert.match(String(report.headers['content-security-policy']), /default-src 'none'/);
    // The web app's pages keep their own policy.
    const page = await w.anonymous.get('/explore');
    assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
  });

  test('public reads answer any origin without credentials, and answer the preflight', async () => {
    for (const url of PUBLIC_READS) {
      const res = await w.app.inject({ method: 'GET', url, headers: { origin: ORIGIN } });
      assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 200)}`);
      assert.equal(res.headers['access-control-allow-origin'], '*', url);
      assert.equal(res.headers['access-control-allow-credentials'], undefined, url);
      const preflight = await w.app.inject({
        method: 'OPTIONS',
        url,
        headers: {
          origin: ORIGIN,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'accept, if-none-match',
        },
      });
      assert.equal(preflight.statusCode, 204, url);
      assert.equal(preflight.headers['access-control-allow-origin'], '*', url);
      assert.match(String(preflight.headers['access-control-allow-methods']), /GET/);
      assert.match(String(preflight.headers['access-control-allow-headers']), /If-None-Match/i);
      assert.equal(preflight.headers['access-control-allow-credentials'], undefined);
    }
  });

  test('authenticated routes never send Access-Control-Allow-Origin', async () => {
    const reviewer = await w.as('reviewer');
    const signedIn = { ...reviewer.headers, origin: ORIGIN };
    for (const url of [
      '/api/me',
      '/api/restricted/data/MIG_STOCK_FB',
      '/api/restricted/download?table=MIG_STOCK_FB',
      '/api/restricted/observations/history?table=MIG_STOCK_FB&key=CHL.PER.F._T.2020',
      '/api/submissions',
      '/api/rounds',
    ]) {
      const res = await w.app.inject({ method: 'GET', url, headers: signedIn });
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.headers['access-control-allow-origin'], undefined, url);
      const preflight = await w.app.inject({
        method: 'OPTIONS',
        url,
        headers: { origin: ORIGIN, 'access-control-request-method': 'GET' },
      });
      assert.equal(preflight.headers['access-control-allow-origin'], undefined, url);
    }
    const login = await w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: ORIGIN },
      payload: { email: 'reviewer@demo.sicremi.org', password: 'wrong' },
    });
    assert.equal(login.headers['access-control-allow-origin'], undefined);
  });
});
