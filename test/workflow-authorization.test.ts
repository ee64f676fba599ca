// Authorization is enforced on the server for every workflow route: one row per route, one
// expected status per caller. A refused call (401/403) carries an error and nothing else — in
// particular a CHL correspondent learns nothing of ARG's submission.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { multipartBody } from './support/multipart-body.js';
import { stageDraft } from './support/stage-draft.js';
import { type Client, startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

type Caller = 'public' | 'chl' | 'arg' | 'reviewer' | 'admin';
const CALLERS: Caller[] = ['public', 'chl', 'arg', 'reviewer', 'admin'];

interface RouteCase {
  name: string;
  /** Status per caller, in CALLERS order. */
  expect: [number, number, number, number, number];
  /** Builds the request; `fresh` stages a new ARG submission in the given status. */
  call(
    client: Client,
    fresh: (status: string) => Promise<number>,
    n: number,
  ): Promise<{ statusCode: number; body: string }>;
}

const transition = (action: string, from: string, expect: RouteCase['expect']): RouteCase => ({
  name: `POST /api/submissions/:id/${action} (ARG, ${from})`,
  expect,
  call: async (c, fresh) => c.post(`/api/submissions/${await fresh(from)}/${action}`, {}),
});

const CASES: RouteCase[] = [
  { name: 'GET /api/me', expect: [401, 200, 200, 200, 200], call: (c) => c.get('/api/me') },
  { name: 'GET /api/users', expect: [401, 403, 403, 403, 200], call: (c) => c.get('/api/users') },
  {
    name: 'POST /api/users',
    expect: [401, 403, 403, 403, 201],
    call: (c, _f, n) =>
      c.post('/api/users', { email: `u${n}@example.org`, password: 'long-password-1', role: 'reviewer' }),
  },
  {
    name: 'POST /api/tokens',
    expect: [401, 201, 201, 201, 201],
    call: (c) => c.post('/api/tokens', { name: 't' }),
  },
  { name: 'GET /api/tokens', expect: [401, 200, 200, 200, 200], call: (c) => c.get('/api/tokens') },
  { name: 'GET /api/submissions', expect: [401, 200, 200, 200, 200], call: (c) => c.get('/api/submissions') },
  {
    name: 'GET /api/submissions?country=ARG',
    expect: [401, 403, 200, 200, 200],
    call: (c) => c.get('/api/submissions?country=ARG'),
  },
  {
    name: 'GET /api/submissions/:id (ARG)',
    expect: [401, 403, 200, 200, 200],
    call: async (c, fresh) => c.get(`/api/submissions/${await fresh('draft')}`),
  },
  {
    name: 'POST /api/submissions (upload for ARG)',
    expect: [401, 403, 201, 403, 201],
    // A different figure each time: the same file twice is recognised as a duplicate (200).
    call: (c, _f, n) =>
      c.request({
        method: 'POST',
        url: '/api/submissions',
        ...multipartBody(
          { table: 'MIG_STOCK_FB', country: 'ARG' },
          {
            name: 'arg.csv',
            content: `COUNTRY_OF_BIRTH,SEX,AGE,TIME_PERIOD,OBS_VALUE\nPRY,_T,_T,2023,${1000 + n}\n`,
          },
        ),
      }),
  },
  transition('submit', 'draft', [401, 403, 200, 403, 200]),
  transition('withdraw', 'draft', [401, 403, 200, 403, 200]),
  transition('return', 'submitted', [401, 403, 403, 200, 200]),
  transition('accept', 'submitted', [401, 403, 403, 200, 200]),
  transition('publish', 'accepted', [401, 403, 403, 200, 200]),
  {
    name: 'POST /api/submissions/:id/justifications (ARG)',
    expect: [401, 403, 200, 403, 200],
    call: async (c, fresh) =>
      c.post(`/api/submissions/${await fresh('draft')}/justifications`, { text: 'why' }),
  },
  {
    name: 'POST /api/submissions/:id/comments (ARG)',
    expect: [401, 403, 200, 200, 200],
    call: async (c, fresh) =>
      c.post(`/api/submissions/${await fresh('submitted')}/comments`, { text: 'note' }),
  },
  { name: 'GET /api/rounds', expect: [401, 200, 200, 200, 200], call: (c) => c.get('/api/rounds') },
  {
    name: 'POST /api/rounds',
    expect: [401, 403, 403, 403, 201],
    call: (c, _f, n) =>
      c.post('/api/rounds', { name: `R${n}`, deadline: '2031-01-31', tables: { I: ['MIG_ASYLUM'] } }),
  },
  { name: 'GET /api/coverage', expect: [401, 200, 200, 200, 200], call: (c) => c.get('/api/coverage') },
  { name: 'GET /api/phases', expect: [200, 200, 200, 200, 200], call: (c) => c.get('/api/phases') },
  {
    name: 'PUT /api/phases/:country',
    expect: [401, 403, 403, 403, 200],
    call: (c) => c.put('/api/phases/PRY', { phase: 'I', reason: 'test' }),
  },
  { name: 'GET /api/audit', expect: [401, 403, 403, 403, 200], call: (c) => c.get('/api/audit') },
  {
    name: 'GET /api/audit?format=csv',
    expect: [401, 403, 403, 403, 200],
    call: (c) => c.get('/api/audit?format=csv'),
  },
  { name: 'GET /api/outbox', expect: [401, 403, 403, 403, 200], call: (c) => c.get('/api/outbox') },
  {
    name: 'GET /api/observations/history',
    expect: [200, 200, 200, 200, 200],
    call: (c) => c.get('/api/observations/history?table=MIG_STOCK_FB&key=ARG.PRY._T._T.2023'),
  },
  {
    name: 'GET /api/restricted/observations/history',
    expect: [401, 200, 200, 200, 200],
    call: (c) => c.get('/api/restricted/observations/history?table=MIG_STOCK_FB&key=ARG.PRY._T._T.2023'),
  },
  { name: 'GET /api/docs', expect: [200, 200, 200, 200, 200], call: (c) => c.get('/api/docs') },
  // Reference data (issue 6): mappings, templates, code lists.
  { name: 'GET /api/mappings', expect: [401, 200, 200, 200, 200], call: (c) => c.get('/api/mappings') },
  {
    name: 'GET /api/mappings?country=ARG',
    expect: [401, 403, 200, 200, 200],
    call: (c) => c.get('/api/mappings?country=ARG'),
  },
  {
    name: 'POST /api/mappings (ARG)',
    expect: [401, 403, 201, 403, 201],
    call: (c, _f, n) =>
      c.post('/api/mappings', { country: 'ARG', dimension: 'SEX', sourceValue: `Mujeres ${n}`, code: 'F' }),
  },
  {
    name: 'DELETE /api/mappings/:id (ARG)',
    expect: [401, 403, 204, 403, 204],
    call: async (c, _f, n) =>
      c.request({ method: 'DELETE', url: `/api/mappings/${await seed.argMapping(n)}` }),
  },
  {
    name: 'GET /api/templates/:table?country=ARG',
    expect: [401, 403, 200, 200, 200],
    call: (c) => c.get('/api/templates/MIG_STOCK_FB?country=ARG&format=csv'),
  },
  {
    name: 'GET /api/reference/codelists',
    expect: [401, 200, 200, 200, 200],
    call: (c) => c.get('/api/reference/codelists'),
  },
  {
    name: 'GET /api/reference/codelists/:id',
    expect: [401, 200, 200, 200, 200],
    call: (c) => c.get('/api/reference/codelists/CL_REG_PROGRAMME?q=chl'),
  },
  {
    name: 'POST /api/reference/codelists/:id/codes',
    expect: [401, 403, 403, 403, 201],
    call: (c, _f, n) =>
      c.post('/api/reference/codelists/CL_REG_PROGRAMME/codes', { id: `AUTH_${n}`, labels: LABELS(`P${n}`) }),
  },
  {
    name: 'PUT /api/reference/codelists/:id/codes/:code',
    expect: [401, 403, 403, 403, 200],
    call: async (c, _f, n) =>
      c.put(`/api/reference/codelists/CL_REG_PROGRAMME/codes/${await seed.addedCode()}`, {
        labels: LABELS(`Renamed ${n}`),
      }),
  },
];

const LABELS = (text: string) => ({ en: text, es: text, fr: text, pt: text });

/** What the reference-data rows change, created with the coordinator's account in before(). */
const seed = {
  argMapping: async (_n: number): Promise<number> => 0,
  addedCode: async (): Promise<string> => '',
};

describe('authorization: every workflow route × every caller', () => {
  let w: WorkflowApp;
  const clients = new Map<Caller, Client>();
  let n = 0;
  before(async () => {
    w = await startWorkflowApp();
    clients.set('public', w.anonymous);
    for (const caller of CALLERS.slice(1)) clients.set(caller, await w.as(caller as 'chl'));
    const admin = clients.get('admin')!;
    await admin.post('/api/rounds', {
      name: 'Base',
      deadline: '2030-12-31',
      tables: { I: ['MIG_STOCK_FB'] },
    });
    seed.argMapping = async (n) => {
      const body = { country: 'ARG', dimension: 'SEX', sourceValue: `Varones ${n}`, code: 'M' };
      return (await admin.post('/api/mappings', body)).json().mapping.id;
    };
    seed.addedCode = async () => {
      await admin.post('/api/reference/codelists/CL_REG_PROGRAMME/codes', {
        id: 'AUTH_SEED',
        labels: LABELS('Seed'),
      });
      return 'AUTH_SEED';
    };
  });
  after(async () => w.close());

  const fresh = async (status: string) => {
    const id = await stageDraft(w.testStore.store, {
      table: 'MIG_STOCK_FB',
      country: 'ARG',
      cells: [[{ COUNTRY_OF_BIRTH: 'PRY', SEX: '_T', AGE: '_T', TIME_PERIOD: '2023' }, 1000 + n]],
    });
    await w.testStore.store.db.updateTable('submissions').set({ status }).where('id', '=', id).execute();
    return id;
  };

  for (const route of CASES) {
    test(route.name, async () => {
      for (const [index, caller] of CALLERS.entries()) {
        n++;
        const response = await route.call(clients.get(caller)!, fresh, n);
        const expected = route.expect[index];
        assert.equal(response.statusCode, expected, `${caller}: ${response.body.slice(0, 300)}`);
        if (expected === 401 || expected === 403) {
          const body = JSON.parse(response.body);
          assert.deepEqual(
            Object.keys(body),
            ['error'],
            `${caller}: a refusal carries nothing but the error`,
          );
          assert.equal(body.error.code, expected === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          assert.doesNotMatch(response.body, /PRY|1000|MIG_STOCK_FB/, `${caller}: no data in the body`);
        }
      }
    });
  }

  test('a correspondent sees the coverage of its own countries only', async () => {
    const cells = (await clients.get('chl')!.get('/api/coverage')).json().cells as { country: string }[];
    assert.ok(cells.length > 0);
    assert.ok(cells.every((c) => c.country === 'CHL'));
    const all = (await clients.get('reviewer')!.get('/api/coverage')).json().cells as { country: string }[];
    assert.ok(new Set(all.map((c) => c.country)).size >= 10);
  });
});
