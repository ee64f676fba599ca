// Policy developments through the HTTP API (issue 21): a correspondent drafts an event, the
// reviewer returns it with a comment, the correspondent fixes and resubmits, the reviewer accepts
// and publishes; only then does the public see it — in /api/policy-events, as a public event, in
// the country note — in the reader's language or with "original in …". Refusals are coded.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_POLICY_EVENTS } from '../src/demo/policy-events/demo-policy-events.js';
import { loadDemoPolicyEvents } from '../src/demo/policy-events/load-demo-policy-events.js';
import { getTable } from '../src/framework/index.js';
import { publishRelease } from '../src/store/repositories/releases.js';
import { STORE_KIND } from './support/test-store.js';
import { startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

const DATA_AT = '2026-01-10T12:00:00.000Z';
const TITLE = 'Cierre temporal de fronteras terrestres por la pandemia';

const EVENT = {
  country: 'CHL',
  type: 'BORDER_MEASURE',
  date: '2020-03',
  title: 'Cierre de fronteras',
  summary: 'Chile cierra sus fronteras terrestres, marítimas y aéreas a personas extranjeras no residentes.',
  lang: 'es',
  tables: ['MIG_STOCK_FB'],
  source: {
    publisher: 'Gobierno de Chile',
    title: 'Decreto Supremo N.º 102 de 2020',
    date: '2020-03-16',
    url: 'https://www.bcn.cl/',
  },
};

describe(`policy developments API on ${STORE_KIND}`, () => {
  let w: WorkflowApp;
  let id = 0;
  let publishedAt = '';

  before(async () => {
    w = await startWorkflowApp();
    // SYNTHETIC figures (not real statistics), so that Chile has a country note.
    const table = getTable('MIG_STOCK_FB')!;
    await w.testStore.store.transaction((tx) =>
      publishRelease(tx, {
        table,
        publishedAt: DATA_AT,
        source: { publisher: 'SYNTHETIC test data (not real figures)' },
        observations: ['2019', '2020'].map((year, i) => ({
          observation: {
            table: table.id,
            key: { REF_AREA: 'CHL', COUNTRY_OF_BIRTH: '_T', SEX: '_T', AGE: '_T', TIME_PERIOD: year },
            value: 1_000_000 + i,
            status: 'A',
            conf: 'F',
            note: null,
          },
        })),
      }),
    );
  });
  after(async () => w.close());

  async function publicTitles(query = ''): Promise<string[]> {
    const res = await w.anonymous.get(`/api/policy-events?country=CHL&lang=es${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return (res.json().events as { title: string }[]).map((e) => e.title);
  }

  async function noteText(): Promise<string> {
    const res = await w.anonymous.get('/api/reports/country/CHL/document?lang=en');
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    return res.body;
  }

  test('refuses an invalid event with every problem at once (POLICY_EVENT_INVALID, 422)', async () => {
    const chl = await w.as('chl');
    const res = await chl.post('/api/policy-events', {
      ...EVENT,
      type: 'AMNESTY',
      date: '2020-13',
      programme: 'COL_ETPV',
      source: { publisher: '', title: 'x', url: 'ftp://example.org' },
    });
    assert.equal(res.statusCode, 422);
    const { code, details, message } = res.json().error;
    assert.equal(code, 'POLICY_EVENT_INVALID');
    assert.match(message, /problem/);
    const fields = (details.problems as { field: string }[]).map((p) => p.field).sort();
    assert.deepEqual(fields, ['DATE', 'PROGRAMME', 'SOURCE_PUBLISHER', 'SOURCE_URL', 'TYPE']);
    const es = await chl.request({
      method: 'POST',
      url: '/api/policy-events?lang=es',
      payload: { ...EVENT, title: ' ' },
    });
    assert.match(es.json().error.message, /La novedad normativa tiene 1 problema/);
  });

  test('a correspondent drafts only for its own countries; others do not learn the draft exists', async () => {
    const chl = await w.as('chl');
    const arg = await w.as('arg');
    assert.equal((await arg.post('/api/policy-events', EVENT)).statusCode, 403);
    const created = await chl.post('/api/policy-events', EVENT);
    assert.equal(created.statusCode, 201, created.body);
    const event = created.json().event;
    id = event.id;
    assert.equal(event.status, 'draft');
    assert.equal(event.startsOn, '2020-03-01');
    assert.equal(event.endsOn, '2020-03-31');
    const hidden = await arg.get(`/api/policy-events/${id}`);
    assert.equal(hidden.statusCode, 404);
    assert.equal(hidden.json().error.code, 'POLICY_EVENT_NOT_FOUND');
    assert.equal((await w.anonymous.get(`/api/policy-events/${id}`)).statusCode, 404);
    assert.equal((await arg.get('/api/policy-events/all')).json().events.length, 0);
    assert.deepEqual(await publicTitles(), []);
  });

  test('the review loop: submit, return with a comment, fix, resubmit, accept; nothing public before publish', async () => {
    const chl = await w.as('chl');
    const reviewer = await w.as('reviewer');
    assert.equal(
      (await reviewer.post(`/api/policy-events/${id}/accept`, {})).json().error.code,
      'TRANSITION_NOT_ALLOWED',
    );
    assert.equal((await chl.post(`/api/policy-events/${id}/submit`, {})).json().status, 'submitted');
    assert.equal((await chl.post(`/api/policy-events/${id}/publish`, {})).statusCode, 403);
    assert.equal((await chl.put(`/api/policy-events/${id}`, EVENT)).statusCode, 409);
    const returned = await reviewer.post(`/api/policy-events/${id}/return`, {
      message: 'Give the measure its full name.',
    });
    assert.equal(returned.json().status, 'returned');
    const comment = await reviewer.post(`/api/policy-events/${id}/comments`, {
      text: 'Cite the decree number too.',
    });
    assert.equal(comment.statusCode, 200, comment.body);
    const detail = (await chl.get(`/api/policy-events/${id}`)).json().event;
    assert.equal(detail.history.at(-1).message, 'Give the measure its full name.');
    assert.equal(detail.comments[0].text, 'Cite the decree number too.');
    assert.deepEqual(detail.allowedActions, ['submit']);
    assert.equal(detail.canEdit, true);

    const fixed = await chl.put(`/api/policy-events/${id}`, { ...EVENT, title: TITLE });
    assert.equal(fixed.statusCode, 200, fixed.body);
    assert.equal(fixed.json().event.title, TITLE);
    await chl.post(`/api/policy-events/${id}/submit`, {});
    assert.equal((await reviewer.post(`/api/policy-events/${id}/accept`, {})).json().status, 'accepted');
    assert.deepEqual(await publicTitles(), [], 'an accepted event is not public yet');
    assert.doesNotMatch(await noteText(), new RegExp(TITLE));
    assert.match(await noteText(), /No policy development of this period has been published/);
  });

  test('published: in the public list, as a public event, in the country note; pinned earlier, absent', async () => {
    const reviewer = await w.as('reviewer');
    const published = await reviewer.post(`/api/policy-events/${id}/publish`, {});
    assert.equal(published.json().status, 'published');
    publishedAt = published.json().publishedAt;
    assert.deepEqual(await publicTitles(), [TITLE]);
    const one = await w.anonymous.get(`/api/policy-events/${id}?lang=es`);
    assert.equal(one.json().event.title, TITLE);
    assert.equal(one.json().event.history, undefined, 'the public sees no review trail');
    const note = await noteText();
    assert.match(note, /Policy developments/);
    assert.match(note, new RegExp(TITLE));
    assert.match(note, /original in Spanish/);
    assert.match(note, /Decreto Supremo N\.º 102 de 2020/);
    const before = new Date(Date.parse(publishedAt) - 1).toISOString();
    assert.deepEqual(await publicTitles(`&asOf=${before}`), []);
    const pinned = await w.anonymous.get(`/api/reports/country/CHL/document?lang=en&asOf=${before}`);
    assert.doesNotMatch(pinned.body, new RegExp(TITLE));
    assert.equal((await (await w.as('chl')).put(`/api/policy-events/${id}`, EVENT)).statusCode, 409);
  });

  test('readers get a reviewed translation in their language, else the original with "original in …"', async () => {
    const chl = await w.as('chl');
    const reviewer = await w.as('reviewer');
    const body = {
      lang: 'en',
      title: 'Temporary closure of land borders',
      summary: 'Chile closes its borders.',
    };
    assert.equal((await chl.post(`/api/policy-events/${id}/translations`, body)).statusCode, 403);
    const same = await reviewer.post(`/api/policy-events/${id}/translations`, { ...body, lang: 'es' });
    assert.equal(same.json().error.code, 'POLICY_EVENT_INVALID');
    assert.equal((await reviewer.post(`/api/policy-events/${id}/translations`, body)).statusCode, 200);
    const [en] = (await w.anonymous.get('/api/policy-events?country=CHL&lang=en')).json().events;
    assert.equal(en.title, 'Temporary closure of land borders');
    assert.equal(en.translated, true);
    assert.equal(en.originalNote, null);
    assert.equal(en.original.title, TITLE);
    const [fr] = (await w.anonymous.get('/api/policy-events?country=CHL&lang=fr')).json().events;
    assert.equal(fr.title, TITLE);
    assert.equal(fr.originalNote, 'original en espagnol');
    const [es] = (await w.anonymous.get('/api/policy-events?country=CHL&lang=es')).json().events;
    assert.equal(es.originalNote, null);
    // As the public saw it right after publication: no translation yet.
    const [then] = (
      await w.anonymous.get(`/api/policy-events?country=CHL&lang=en&asOf=${publishedAt}`)
    ).json().events;
    assert.equal(then.title, TITLE);
    assert.equal(then.originalNote, 'original in Spanish');
  });

  test('the OpenAPI document describes the policy-event routes', async () => {
    const docs = (await w.anonymous.get('/api/docs')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const [path, method] of [
      ['/api/policy-events', 'get'],
      ['/api/policy-events', 'post'],
      ['/api/policy-events/{id}', 'put'],
      ['/api/policy-events/{id}/publish', 'post'],
      ['/api/policy-events/{id}/translations', 'post'],
    ] as const) {
      assert.ok(docs.paths[path]?.[method], `${method} ${path}`);
    }
  });

  test('filters by type, period and table; bad parameters are coded 400s', async () => {
    assert.deepEqual(await publicTitles('&type=BORDER_MEASURE&from=2020&to=2020-03-02&table=MIG_STOCK_FB'), [
      TITLE,
    ]);
    assert.deepEqual(await publicTitles('&type=REGULARISATION'), []);
    assert.deepEqual(await publicTitles('&from=2020-04'), []);
    assert.deepEqual(await publicTitles('&to=2019'), []);
    assert.deepEqual(await publicTitles('&table=MIG_ASYLUM'), []);
    for (const [query, code] of [
      ['country=XYZ', 'UNKNOWN_COUNTRY'],
      ['type=AMNESTY', 'INVALID_PARAMETER'],
      ['from=2020-02-30', 'INVALID_PARAMETER'],
      ['asOf=yesterday', 'INVALID_PARAMETER'],
      ['table=NOPE', 'TABLE_NOT_FOUND'],
    ] as const) {
      const res = await w.anonymous.get(`/api/policy-events?${query}`);
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${query}: ${res.statusCode}`);
      assert.equal(res.json().error.code, code, query);
    }
  });

  test('a regularisation links to MIG_REGULARISATION by its programme code; every step is audited', async () => {
    const chl = await w.as('chl');
    const created = await chl.post('/api/policy-events', {
      ...EVENT,
      type: 'REGULARISATION',
      programme: 'CHL_REGULARIZACION_2018',
      date: '2018-04-23',
      endDate: '2018-07-22',
    });
    assert.equal(created.statusCode, 201, created.body);
    assert.deepEqual(created.json().event.tables, ['MIG_STOCK_FB', 'MIG_REGULARISATION']);
    const wrong = await chl.post('/api/policy-events', {
      ...EVENT,
      type: 'REGULARISATION',
      programme: 'NOPE',
    });
    assert.equal(wrong.json().error.details.problems[0].field, 'PROGRAMME');
    const admin = await w.as('admin');
    const audit = (await admin.get('/api/audit?limit=1000')).json();
    const actions = (audit.entries ?? audit.audit ?? audit) as {
      action: string;
      entityId: number | string;
    }[];
    const mine = actions.filter((e) => String(e.entityId) === String(id)).map((e) => e.action);
    for (const action of [
      'create',
      'submit',
      'return',
      'comment',
      'edit',
      'accept',
      'publish',
      'translate',
    ]) {
      assert.ok(mine.includes(`policy_event.${action}`), `${action} audited: ${mine.join(', ')}`);
    }
    assert.deepEqual(
      await publicTitles('&type=REGULARISATION'),
      [],
      'the draft regularisation stays private',
    );
  });

  test('the demo publishes its documented events once, each citing its official source, with an English text', async () => {
    const at = '2026-02-01T00:00:00.000Z';
    const first = await loadDemoPolicyEvents(w.testStore.store, at);
    assert.deepEqual(
      first.loaded,
      DEMO_POLICY_EVENTS.map((e) => e.key),
    );
    const again = await loadDemoPolicyEvents(w.testStore.store, at);
    assert.deepEqual(again, { loaded: [], skipped: first.loaded });
    const res = await w.anonymous.get('/api/policy-events?country=COL,CHL,BRA,CAN,MEX&lang=en');
    const events = res.json().events as {
      country: string;
      title: string;
      originalNote: string | null;
      programme: string | null;
      source: { publisher: string; title: string; date: string | null };
    }[];
    const demo = events.filter((e) => e.country !== 'CHL' || e.programme === 'CHL_REGULARIZACION_2018');
    assert.equal(demo.length, DEMO_POLICY_EVENTS.length);
    for (const e of demo) {
      assert.ok(e.source.publisher && e.source.title && e.source.date, `${e.title} cites its source`);
      assert.equal(e.originalNote, null, `${e.title} is readable in English`);
    }
    assert.ok(events.some((e) => e.programme === 'COL_ETPV' && /Temporary Protection Statute/.test(e.title)));
  });
});
