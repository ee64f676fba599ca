// No public route shows a protected figure — proved over the routes the app has registered, as
// Fastify reports them (not a hand-kept list), so a route added later is checked too: a new
// route with path parameters fails here until its parameters are added to FILL. Every GET
// route is called anonymously, every body decoded (content codings, gzip, zip, XLSX, PDF) and
// searched for the confidential cell of the synthetic fixture and its secondary partners, in
// every release of the fixture (the CHL 2020 slice is published twice). Each answer's security
// headers are checked on the way.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RouteOptions } from 'fastify';
import { runDueBulkJobs } from '../src/dissemination/bulk/run-bulk-jobs.js';
import {
  CONFIDENTIAL_VALUE,
  loadSyntheticFixture,
  publishSynthetic,
  SECONDARY_VALUES,
  STOCK,
  showsFigure,
  stockCells,
} from './sdmx-synthetic.js';
import { decodeBody } from './support/decode-body.js';
import { pdfTextSkip } from './support/pdf-text.js';
import { STORE_KIND } from './support/test-store.js';
import { startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

const SECRETS = [CONFIDENTIAL_VALUE, ...SECONDARY_VALUES].map(String);
/** The C cell, its partners and the totals around them, as history keys. */
const KEYS = ['HTI.F', 'BOL.F', 'HTI.M', 'BOL.M', 'HTI._T', 'BOL._T', '_T.F', '_T._T'].map(
  (k) => `CHL.${k}._T.2020`,
);
const HISTORY = KEYS.map((k) => `?table=MIG_STOCK_FB&key=${k}`);
const DOWNLOADS = ['csv', 'xlsx', 'sdmx-csv'].flatMap((f) => [
  `?table=MIG_STOCK_FB&format=${f}`,
  `?table=MIG_STOCK_FB&format=${f}&REF_AREA=CHL&TIME_PERIOD=2020&labels=both`,
]);
const V2_FLOW = '/sdmx/v2/data/dataflow/OAS/MIG_STOCK_FB/1.0';
const V1_FLOW = '/sdmx/v1/data/OAS,MIG_STOCK_FB,1.0';

/** Route → the URLs that exercise it. A route with parameters must be listed. */
const FILL: Record<string, string[]> = {
  '/api/observations/history': HISTORY.map((q) => `/api/observations/history${q}`),
  '/api/restricted/observations/history': HISTORY.map((q) => `/api/restricted/observations/history${q}`),
  '/api/data/:table': [
    '/api/data/MIG_STOCK_FB',
    '/api/data/MIG_STOCK_FB?REF_AREA=CHL&SEX=F',
    '/api/data/MIG_STOCK_FB?REF_AREA=CHL&COUNTRY_OF_BIRTH=HTI,BOL&lang=es',
    '/api/data/POP_CONTEXT',
    '/api/data/MIG_ASYLUM',
  ],
  '/api/data/:table/pivot': [
    '/api/data/MIG_STOCK_FB/pivot',
    '/api/data/MIG_STOCK_FB/pivot?REF_AREA=CHL&rows=COUNTRY_OF_BIRTH&cols=SEX',
  ],
  '/api/restricted/data/:table': ['/api/restricted/data/MIG_STOCK_FB'],
  '/api/restricted/data/:table/pivot': ['/api/restricted/data/MIG_STOCK_FB/pivot'],
  '/api/download': DOWNLOADS.map((q) => `/api/download${q}`),
  '/api/restricted/download': DOWNLOADS.map((q) => `/api/restricted/download${q}`),
  '/api/indicators': ['/api/indicators', '/api/indicators?REF_AREA=CHL'],
  '/api/indicators/:id': ['FB_SHARE', 'CHANGE_PCT', 'CATEGORY_SHARE'].flatMap((id) => [
    `/api/indicators/${id}`,
    `/api/indicators/${id}?REF_AREA=CHL`,
  ]),
  '/api/framework/tables/:id': ['/api/framework/tables/MIG_STOCK_FB'],
  '/api/codelists/:id': ['/api/codelists/CL_SEX'],
  '/api/reference/codelists/:id': ['/api/reference/codelists/CL_SEX'],
  '/api/knowledge/threads/:id': ['/api/knowledge/threads/1'],
  '/api/reports/country/:iso3': ['/api/reports/country/CHL'],
  '/api/reports/country/:iso3/pdf': ['/api/reports/country/CHL/pdf'],
  '/api/reports/country/:iso3/document': ['/api/reports/country/CHL/document'],
  '/api/training/exercises/:id': ['/api/training/exercises/1'],
  '/api/training/exercises/:id/file': ['/api/training/exercises/1/file'],
  '/api/templates/:table': ['/api/templates/MIG_STOCK_FB'],
  '/api/submissions/:id': ['/api/submissions/1'],
  '/api/submissions/:id/file': ['/api/submissions/1/file'],
  '/api/submissions/:id/versions/:n/file': ['/api/submissions/1/versions/1/file'],
  '/api/submissions/:id/pivot': ['/api/submissions/1/pivot'],
  '/api/entry/:table/:country': ['/api/entry/MIG_STOCK_FB/CHL'],
  '/api/policy-events/:id': ['/api/policy-events/1', '/api/policy-events/all'],
  '/api/releases/:id/revisions': [1, 2, 3, 4].map((id) => `/api/releases/${id}/revisions`),
  '/api/countries/:iso3': ['/api/countries/CHL', '/api/countries/CHL?lang=es'],
  '/bulk/:name': ['/bulk/MIG_STOCK_FB.csv.gz', '/bulk/MIG_STOCK_FB.sdmx.csv.gz', '/bulk/sicremi-all.zip'],
  '/api/metadata/:country': ['/api/metadata/CHL'],
  '/api/metadata/:country/:table': ['/api/metadata/CHL/MIG_STOCK_FB'],
  '/api/workspace/metadata/:country/:table': ['/api/workspace/metadata/CHL/MIG_STOCK_FB'],
  '/tables/:id': ['/tables/MIG_STOCK_FB'],
  '/embed/:view': ['/embed/explore?table=MIG_STOCK_FB&REF_AREA=CHL', '/embed/indicator?id=FB_SHARE'],
  '/sdmx/v2/data/*': [
    `${V2_FLOW}/*`,
    `${V2_FLOW}/*?format=csv`,
    `${V2_FLOW}/*?format=csvfilewithlabels`,
    `${V2_FLOW}/CHL.*.*.*?c[TIME_PERIOD]=2020`,
  ],
  '/sdmx/v2/data': ['/sdmx/v2/data', '/sdmx/v2/data?format=csv'],
  '/sdmx/v2/structure/*': ['/sdmx/v2/structure/dataflow', '/sdmx/v2/structure/dataflow/OAS/MIG_STOCK_FB/1.0'],
  '/sdmx/v2/availability/*': [
    `/sdmx/v2/availability/dataflow/OAS/MIG_STOCK_FB/1.0/*`,
    `/sdmx/v2/availability/dataflow/OAS/MIG_STOCK_FB/1.0/CHL.*.F.*/COUNTRY_OF_BIRTH`,
  ],
  '/sdmx/v2/metadata/*': ['/sdmx/v2/metadata/x'],
  '/sdmx/v2/metadata/metadataset/*': ['/sdmx/v2/metadata/metadataset/OAS/CHL'],
  '/sdmx/v2/metadata/structure/*': ['/sdmx/v2/metadata/structure/dataflow/OAS/MIG_STOCK_FB/1.0'],
  '/sdmx/v1/availableconstraint/*': [
    '/sdmx/v1/availableconstraint/OAS,MIG_STOCK_FB,1.0/CHL.../all/COUNTRY_OF_BIRTH',
    '/sdmx/v1/availableconstraint/OAS,MIG_STOCK_FB,1.0/CHL..F../all/all',
  ],
  '/sdmx/v2/schema/*': ['/sdmx/v2/schema/dataflow/OAS/MIG_STOCK_FB/1.0'],
  '/sdmx/v1/data/*': [
    `${V1_FLOW}/all`,
    `${V1_FLOW}/all?format=csv`,
    `${V1_FLOW}/CHL..F..`,
    `${V1_FLOW}/all?format=genericdata`,
    `${V1_FLOW}/all?format=structurespecificdata`,
  ],
  '/sdmx/v1/*': ['/sdmx/v1/dataflow', '/sdmx/v1/dataflow/OAS/MIG_STOCK_FB/1.0'],
  // The web app's pages: the shell of the SPA, whatever the parameter.
  '/*': ['/no-such-page'],
  '/assets/*': ['/assets/none.js'],
  '/countries/:iso3': ['/countries/CHL'],
  '/indicators/:id': ['/indicators/FB_SHARE'],
  '/reports/:scope': ['/reports/CHL'],
  '/knowledge/*': ['/knowledge/x'],
  '/knowledge/:slug': ['/knowledge/x'],
  '/knowledge/threads/:id': ['/knowledge/threads/1'],
  '/knowledge/training/*': ['/knowledge/training/x'],
  '/console/*': ['/console/x'],
  '/workspace/*': ['/workspace/x'],
};

const SIGNED_IN_ONLY =
  /^\/api\/(restricted|me|submissions|users|tokens|audit|outbox|rounds|coverage|entry|mappings|templates|reference)\b/;

/** What every answer must carry (issue 13): nosniff, a Referrer-Policy, a CSP on HTML, CORS only on public reads. */
function checkHeaders(url: string, headers: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (headers['x-content-type-options'] !== 'nosniff') problems.push(`${url}: no nosniff`);
  if (!headers['referrer-policy']) problems.push(`${url}: no Referrer-Policy`);
  const isHtml = String(headers['content-type'] ?? '').startsWith('text/html');
  if (isHtml && !/frame-ancestors/.test(String(headers['content-security-policy'] ?? ''))) {
    problems.push(`${url}: HTML without a CSP frame-ancestors`);
  }
  if (headers['access-control-allow-credentials'] !== undefined) problems.push(`${url}: CORS credentials`);
  if (SIGNED_IN_ONLY.test(url) && headers['access-control-allow-origin'] !== undefined) {
    problems.push(`${url}: CORS on an authenticated route`);
  }
  return problems;
}

const hasParameters = (url: string) => url.includes(':') || url.includes('*');

describe(`every public GET route keeps protected figures hidden, on ${STORE_KIND}`, () => {
  let w: WorkflowApp;
  const routes = new Set<string>();

  before(async () => {
    w = await startWorkflowApp({
      onRoute: (route: RouteOptions) => {
        const methods = [route.method].flat();
        if (methods.includes('GET')) routes.add(route.url);
      },
    });
    await loadSyntheticFixture(w.testStore.store);
    // A revision of the same slice: the history holds two releases of every protected cell.
    await publishSynthetic(
      w.testStore.store,
      STOCK,
      stockCells('CHL', '2020'),
      new Date(Date.now() - 1000).toISOString(),
    );
    // The bulk files of the published table, as the background job makes them after a publish.
    await runDueBulkJobs(w.testStore.store);
  });
  after(async () => w.close());

  test('the routes come from the app itself, and every parameter has a fixture', () => {
    assert.ok(routes.has('/api/data/:table') && routes.has('/api/observations/history'), [...routes].join());
    const unfilled = [...routes].filter((r) => hasParameters(r) && !FILL[r]);
    assert.deepEqual(unfilled, [], 'add these routes to FILL in this test');
  });

  test('no anonymous answer, in any encoding or file format, shows a protected figure', {
    skip: pdfTextSkip(),
  }, async () => {
    const leaks: string[] = [];
    const headerProblems: string[] = [];
    const decodings = new Set<string>();
    let calls = 0;
    for (const route of [...routes].sort()) {
      const urls = FILL[route] ?? [route];
      for (const url of urls) {
        for (const encoding of ['identity', 'br, gzip', 'gzip']) {
          const res = await w.app.inject({ method: 'GET', url, headers: { 'accept-encoding': encoding } });
          calls++;
          assert.notEqual(
            res.statusCode,
            500,
            `${url} answered ${res.statusCode}: ${res.body.slice(0, 300)}`,
          );
          headerProblems.push(...checkHeaders(url, res.headers));
          const seen: string[] = [];
          const text = await decodeBody(res.rawPayload, res.headers, seen);
          for (const d of seen) decodings.add(d);
          for (const secret of SECRETS) {
            if (showsFigure(text, secret))
              leaks.push(`${url} (${encoding}, ${res.statusCode}) shows ${secret}`);
          }
        }
      }
    }
    assert.deepEqual(leaks, []);
    assert.deepEqual([...new Set(headerProblems)], [], 'security headers on every answer');
    // The check can fail: the answers did decode the formats they claim to, and the fixture's
    // published figures are there to be seen.
    for (const d of ['br', 'gzip', 'xlsx', 'pdf', 'zip'])
      assert.ok(decodings.has(d), `no ${d} answer was decoded`);
    assert.ok(calls > 100, `${calls} calls`);
    const history = (await w.anonymous.get(`/api/observations/history${HISTORY[0]}`)).json();
    assert.equal(history.history.length, 2, 'two releases of the C cell');
    const publicTotal = (await w.anonymous.get('/api/data/MIG_STOCK_FB?REF_AREA=CHL&TIME_PERIOD=2020')).body;
    assert.ok(showsFigure(publicTotal, '60212'), 'an unprotected figure of the slice is public');
  });
});
