import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createTestStore, type TestStore } from '../../test/support/test-store.js';
import { CODELISTS, FRAMEWORK_VERSION, TABLES } from '../framework/index.js';
import { prepareStore } from '../store/prepare-store.js';
import { buildApp } from './app.js';

describe('HTTP API: health and framework', () => {
  let testStore: TestStore;
  let app: FastifyInstance;

  before(async () => {
    testStore = await createTestStore();
    await prepareStore(testStore.store);
    app = await buildApp({ store: testStore.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
  });
  after(async () => {
    await app.close();
    await testStore.cleanup();
  });

  test('/health reports the store engine and the framework version', async () => {
    const response = await app.inject('/health');
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.status, 'ok');
    assert.equal(body.store.reachable, true);
    assert.equal(body.store.engine, testStore.store.dialect);
    assert.equal(body.framework.version, FRAMEWORK_VERSION);
  });

  test('/api/framework/tables lists the 15 tables, named in the requested language', async () => {
    const english = (await app.inject('/api/framework/tables')).json();
    assert.equal(english.tables.length, 15);
    assert.equal(english.tables.length, TABLES.length);
    const stock = english.tables.find((t: { id: string }) => t.id === 'MIG_STOCK_FB');
    assert.equal(stock.name, 'Foreign-born population');

    const spanish = (
      await app.inject({ url: '/api/framework/tables', headers: { 'accept-language': 'es-AR,es;q=0.9' } })
    ).json();
    assert.equal(spanish.lang, 'es');
    assert.equal(
      spanish.tables.find((t: { id: string }) => t.id === 'MIG_STOCK_FB').name,
      'Población nacida en el extranjero',
    );
  });

  test('/api/framework/tables/:id gives dimensions bound to code lists', async () => {
    const response = await app.inject('/api/framework/tables/MIG_STOCK_FB?lang=pt');
    assert.equal(response.statusCode, 200);
    const { table } = response.json();
    assert.equal(table.name, 'População nascida no exterior');
    const ids = table.dimensionDetails.map((d: { id: string }) => d.id);
    assert.equal(ids[0], 'REF_AREA');
    assert.equal(ids.at(-1), 'TIME_PERIOD');
    const sex = table.dimensionDetails.find((d: { id: string }) => d.id === 'SEX');
    assert.equal(sex.codelist, 'CL_SEX');
    assert.equal(sex.hasTotal, true);
  });

  test('/api/codelists/:id follows ?lang over Accept-Language', async () => {
    const response = await app.inject({
      url: '/api/codelists/CL_SEX?lang=fr',
      headers: { 'accept-language': 'es' },
    });
    const { codelist, lang } = response.json();
    assert.equal(lang, 'fr');
    const female = codelist.codes.find((c: { id: string }) => c.id === 'F');
    assert.equal(female.name, 'Femmes');
    assert.ok(female.aliases.includes('Femenino'));
    const all = (await app.inject('/api/codelists')).json();
    assert.equal(all.codelists.length, CODELISTS.length);
  });

  test('unknown table, code list and route answer 404 with a stable code in the caller language', async () => {
    const table = await app.inject({
      url: '/api/framework/tables/NOPE',
      headers: { 'accept-language': 'es' },
    });
    assert.equal(table.statusCode, 404);
    assert.equal(table.json().error.code, 'TABLE_NOT_FOUND');
    assert.match(table.json().error.message, /No hay ninguna tabla «NOPE»/);

    const list = await app.inject('/api/codelists/CL_NOPE');
    assert.equal(list.statusCode, 404);
    assert.equal(list.json().error.code, 'CODELIST_NOT_FOUND');

    const route = await app.inject('/api/does-not-exist?x=1');
    assert.equal(route.statusCode, 404);
    assert.deepEqual(route.json().error.code, 'NOT_FOUND');
    assert.match(route.json().error.message, /\/api\/does-not-exist/);
  });
});
