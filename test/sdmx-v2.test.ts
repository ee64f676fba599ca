import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import Papa from 'papaparse';
import { readSdmxData } from '../src/dissemination/read-sdmx-data.js';
import { PUBLIC_VIEWER } from '../src/dissemination/viewer.js';
import { parseDataQueryV2 } from '../src/sdmx/parse-data-query.js';
import { parseRawQuery } from '../src/sdmx/raw-query.js';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { assertDataMessage, assertSchemaValid, assertStructureMessage } from './sdmx-schemas.js';
import {
  CONFIDENTIAL_VALUE,
  INJECTED_NOTE,
  loadSyntheticFixture,
  SECONDARY_VALUES,
  showsFigure,
} from './sdmx-synthetic.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

const JSON2 = 'application/vnd.sdmx.data+json;version=2.0.0';
const CSV2 = 'application/vnd.sdmx.data+csv;version=2.0.0';
const STRUCT2 = 'application/vnd.sdmx.structure+json;version=2.0.0';
const FLOW = '/sdmx/v2/data/dataflow/OAS/MIG_STOCK_FB/1.0';
const SECRETS = [CONFIDENTIAL_VALUE, ...SECONDARY_VALUES].map(String);

describe(`SDMX REST 2.0.0 on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadSyntheticFixture(t.store);
    app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
  });
  after(async () => {
    await app.close();
    await t.cleanup();
  });

  describe('structure queries', () => {
    test('lists the 15 dataflows of agency OAS, valid SDMX-JSON 2.0.0', async () => {
      const res = await get('/sdmx/v2/structure/dataflow/OAS/*/~', { accept: STRUCT2 });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], STRUCT2);
      const body = res.json();
      assertStructureMessage(body, '2.0.0');
      assert.equal(body.data.dataflows.length, 15);
      assert.equal(body.data.dataStructures, undefined);
    });

    test('a data structure with references=children brings its code lists and concepts', async () => {
      const res = await get('/sdmx/v2/structure/datastructure/OAS/DSD_MIG_STOCK_FB/1.0?references=children');
      const body = res.json();
      assertStructureMessage(body, '2.0.0');
      const dims = body.data.dataStructures[0].dataStructureComponents.dimensionList;
      assert.deepEqual(
        dims.dimensions.map((d: { id: string }) => d.id),
        ['REF_AREA', 'COUNTRY_OF_BIRTH', 'SEX', 'AGE'],
      );
      assert.equal(dims.timeDimension.id, 'TIME_PERIOD');
      const lists = body.data.codelists.map((c: { id: string }) => c.id);
      for (const id of ['CL_AREA', 'CL_SEX', 'CL_AGE', 'CL_OBS_STATUS', 'CL_CONF_STATUS'])
        assert.ok(lists.includes(id));
      assert.equal(body.data.conceptSchemes[0].id, 'CS_SICREMI');
    });

    test('descendants of a dataflow reach its code lists; parents of a code list are structures', async () => {
      const down = (await get('/sdmx/v2/structure/dataflow/OAS/POP_CONTEXT/+?references=descendants')).json();
      assertStructureMessage(down, '2.0.0');
      assert.ok(down.data.codelists.some((c: { id: string }) => c.id === 'CL_COMPONENT'));
      const up = (await get('/sdmx/v2/structure/codelist/OAS/CL_COMPONENT?references=parents')).json();
      assertStructureMessage(up, '2.0.0');
      assert.deepEqual(
        up.data.dataStructures.map((d: { id: string }) => d.id),
        ['DSD_POP_CONTEXT'],
      );
    });

    test('an item query returns a partial code list; labels follow Accept-Language', async () => {
      const res = await get('/sdmx/v2/structure/codelist/*/CL_SEX/*/F,M', { 'accept-language': 'es' });
      const body = res.json();
      assertStructureMessage(body, '2.0.0');
      const list = body.data.codelists[0];
      assert.equal(list.isPartial, true);
      assert.deepEqual(
        list.codes.map((c: { id: string; name: string }) => [c.id, c.name]),
        [
          ['F', 'Mujeres'],
          ['M', 'Hombres'],
        ],
      );
      assert.equal(res.headers['content-language'], 'es');
    });

    test('detail=allstubs returns identification only', async () => {
      const body = (
        await get('/sdmx/v2/structure/codelist/OAS,SDMX/CL_SEX,CL_OBS_STATUS?detail=allstubs')
      ).json();
      assertStructureMessage(body, '2.0.0');
      assert.equal(body.data.codelists.length, 2);
      assert.ok(body.data.codelists.every((c: { codes?: unknown }) => c.codes === undefined));
    });

    test('status codes: 404 nothing found, 501 unpublished types, 400 nonsense, 406 an unknown version', async () => {
      assert.equal((await get('/sdmx/v2/structure/codelist/OAS/CL_NOPE')).statusCode, 404);
      const notImplemented = await get('/sdmx/v2/structure/categoryscheme/OAS/X');
      assert.equal(notImplemented.statusCode, 501);
      assert.deepEqual(Object.keys(notImplemented.json().errors[0]), ['code', 'title', 'detail']);
      assert.equal(notImplemented.json().errors[0].code, 501);
      assert.equal((await get('/sdmx/v2/structure/bogus')).statusCode, 400);
      assert.equal((await get('/sdmx/v2/structure/dataflow?detail=everything')).statusCode, 400);
      assert.equal(
        (
          await get('/sdmx/v2/structure/dataflow', {
            accept: 'application/vnd.sdmx.structure+xml;version=4.0.0',
          })
        ).statusCode,
        406,
      );
      assert.equal((await get('/sdmx/v2/availability/dataflow/OAS/X')).statusCode, 404);
      assert.equal((await get('/sdmx/v2/metadata/metadataflow/OAS/X')).statusCode, 501);
    });
  });

  describe('data queries', () => {
    test('time series with attributes; a key with * and + (OR)', async () => {
      const res = await get(`${FLOW}/CHL.*.F+M.*`, { accept: JSON2 });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], JSON2);
      const body = res.json();
      assertDataMessage(body, '2.0.0', 5);
      const structure = body.data.structures[0];
      assert.deepEqual(
        structure.dimensions.observation.map((d: { id: string }) => d.id),
        ['TIME_PERIOD'],
      );
      assert.equal(Object.keys(body.data.dataSets[0].series).length, 10);
    });

    test('a confidential cell and its partners have no value and say Q, in every packaging', async () => {
      for (const obsDim of ['TIME_PERIOD', 'AllDimensions', 'SEX']) {
        const res = await get(`${FLOW}/CHL?dimensionAtObservation=${obsDim}&c[TIME_PERIOD]=2020`);
        const body = res.json();
        assertDataMessage(body, '2.0.0', 5);
        for (const secret of SECRETS)
          assert.ok(!showsFigure(res.body, secret), `${secret} leaked (${obsDim})`);
        const statuses = body.data.structures[0].attributes.observation.find(
          (a: { id: string }) => a.id === 'OBS_STATUS',
        );
        assert.ok(statuses.values.some((v: { id: string }) => v.id === 'Q'));
      }
    });

    test('c[] filters: comma is OR, unencoded + is AND, ge/le on TIME_PERIOD', async () => {
      const res = await get(
        `${FLOW}/*?c[REF_AREA]=CHL,ARG&c[TIME_PERIOD]=ge:2021+le:2021&c[SEX]=_T&dimensionAtObservation=AllDimensions`,
      );
      const body = res.json();
      assertDataMessage(body, '2.0.0', 5);
      const time = body.data.structures[0].dimensions.observation.find(
        (d: { id: string }) => d.id === 'TIME_PERIOD',
      );
      assert.deepEqual(
        time.values.map((v: { id: string }) => v.id),
        ['2021'],
      );
      const areas = body.data.structures[0].dimensions.observation.find(
        (d: { id: string }) => d.id === 'REF_AREA',
      );
      assert.deepEqual(
        areas.values.map((v: { id: string }) => v.id),
        ['CHL'],
      );
    });

    test('lastNObservations, firstNObservations, attributes=none and measures=none', async () => {
      const last = (await get(`${FLOW}/CHL.PER.F?lastNObservations=1`)).json();
      assertDataMessage(last, '2.0.0', 5);
      assert.deepEqual(
        last.data.structures[0].dimensions.observation[0].values.map((v: { id: string }) => v.id),
        ['2021'],
      );
      const first = (await get(`${FLOW}/CHL.PER.F?firstNObservations=1&attributes=none`)).json();
      assertDataMessage(first, '2.0.0', 5);
      assert.equal(first.data.structures[0].dimensions.observation[0].values[0].id, '2020');
      const row = Object.values(first.data.dataSets[0].series as Record<string, { observations: object }>)[0]!
        .observations;
      assert.deepEqual(Object.values(row), [[60212]]);
      const keysOnly = (await get(`${FLOW}/CHL.PER?attributes=none&measures=none`)).json();
      assertDataMessage(keysOnly, '2.0.0', 5);
      assert.equal(keysOnly.data.structures[0].measures, undefined);
    });

    test('SDMX-CSV 2.0.0, ids and labels=both, with the injected note neutralised', async () => {
      const ids = await get(`${FLOW}/CHL.*.*.*?c[TIME_PERIOD]=2020`, { accept: CSV2 });
      assert.equal(ids.statusCode, 200);
      assert.equal(ids.headers['content-type'], CSV2);
      const rows = Papa.parse<string[]>(ids.body.trim()).data;
      assert.deepEqual(rows[0]!.slice(0, 9), [
        'STRUCTURE',
        'STRUCTURE_ID',
        'ACTION',
        'REF_AREA',
        'COUNTRY_OF_BIRTH',
        'SEX',
        'AGE',
        'TIME_PERIOD',
        'OBS_VALUE',
      ]);
      assert.equal(rows[1]![1], 'OAS:MIG_STOCK_FB(1.0)');
      assert.ok(ids.body.includes(`'${INJECTED_NOTE.slice(0, 10)}`), 'the note starts with an apostrophe');
      assert.ok(!/(^|,)"?=HYPERLINK/m.test(ids.body));
      for (const secret of SECRETS) assert.ok(!showsFigure(ids.body, secret));
      const both = await get(`${FLOW}/CHL?format=csvfilewithlabels&lang=fr`);
      assert.match(both.body, /^STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA: Pays déclarant/);
      assert.match(both.body, /CHL: Chili/);
    });

    test('204 when nothing matches; 304 on a matching ETag', async () => {
      const empty = await get(`${FLOW}/URY`);
      assert.equal(empty.statusCode, 204);
      assert.equal(empty.body, '');
      const first = await get(`${FLOW}/ARG`);
      const again = await get(`${FLOW}/ARG`, { 'if-none-match': String(first.headers.etag) });
      assert.equal(again.statusCode, 304);
      assert.match(String(first.headers.vary), /Accept/);
      assert.match(String(first.headers['cache-control']), /public/);
    });

    test('errors: 404, 406, 414, 422, 501, 400 in the SDMX error shape', async () => {
      const cases: [string, number, Record<string, string>?][] = [
        ['/sdmx/v2/data/dataflow/OAS/NOPE/1.0/*', 404],
        ['/sdmx/v2/data/dataflow/OAS/MIG_STOCK_FB/9.9/*', 404],
        [`${FLOW}/*`, 406, { accept: 'application/vnd.sdmx.data+json;version=9.0.0' }],
        [`${FLOW}/${'CHL+'.repeat(1200)}CHL`, 414],
        [`${FLOW}/*?dimensionAtObservation=COMPONENT`, 422],
        [`${FLOW}/*?c[FLOW]=CREDIT`, 422],
        [`${FLOW}/*?includeHistory=yes`, 400],
        [`${FLOW}/*?c[TIME_PERIOD]=xx:2020`, 400],
        [`${FLOW}/*?c[SEX]=F&c[SEX]=M`, 400],
        ['/sdmx/v2/data/provisionagreement/OAS/X/1.0/*', 501],
        [`${FLOW}/CHL.PER.F.T.X.Y`, 400],
        [`${FLOW}/*?lastNObservations=0`, 400],
        [`${FLOW}/*?c[NOPE]=1`, 400],
      ];
      for (const [url, status, headers] of cases) {
        const res = await get(url, headers);
        assert.equal(res.statusCode, status, url.slice(0, 120));
        assertSchemaValid('data-2.0.0', res.json());
        const error = res.json().errors[0];
        assert.equal(error.code, status);
        assert.equal(typeof error.title, 'string');
        assert.equal(typeof error.detail, 'string');
      }
    });

    test('an answer past the observation cap is refused with 413, pointing to downloads', async () => {
      const parsed = parseDataQueryV2(['dataflow', 'OAS', 'MIG_STOCK_FB', '1.0', 'CHL'], parseRawQuery('/x'));
      assert.ok(parsed.ok);
      const outcome = await readSdmxData(t.store.db, parsed.value, PUBLIC_VIEWER, 5);
      assert.equal(outcome.ok, false);
      assert.ok(!outcome.ok && outcome.status === 413 && /api\/download/.test(outcome.detail));
    });

    test('asOf reads a past state; updatedAfter only what changed since', async () => {
      const before = await get(`${FLOW}/CHL?asOf=2025-01-01T00:00:00Z`);
      assert.equal(before.statusCode, 204);
      const changed = await get(`${FLOW}/*?updatedAfter=2026-01-01T00:00:00Z`);
      assert.equal(changed.statusCode, 200);
      assertDataMessage(changed.json(), '2.0.0', 5);
      assert.equal((await get(`${FLOW}/*?updatedAfter=2026-06-01T00:00:00Z`)).statusCode, 204);
    });
  });
});
