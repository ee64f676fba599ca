import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { createAccount } from '../src/workflow/accounts.js';
import { createApiToken } from '../src/workflow/api-tokens.js';
import {
  CONFIDENTIAL_VALUE,
  INJECTED_NOTE,
  loadSyntheticFixture,
  publishSynthetic,
  SECONDARY_VALUES,
  STOCK,
  showsFigure,
  stockCells,
} from './sdmx-synthetic.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

interface Obs {
  key: Record<string, string>;
  value: number | null;
  status: string;
  conf: string;
  note: string | null;
  releaseId: number;
}

const SECRETS = [CONFIDENTIAL_VALUE, ...SECONDARY_VALUES].map(String);

describe(`public JSON data API on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;
  let stockRelease: number;

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    ({ stockRelease } = await loadSyntheticFixture(t.store));
    app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
  });
  after(async () => {
    await app.close();
    await t.cleanup();
  });

  test('answers the web-app contract: table, releases, dimensions with present codes, observations, counts', async () => {
    const res = await app.inject(
      '/api/data/MIG_STOCK_FB?REF_AREA=CHL&SEX=F,M&startPeriod=2020&endPeriod=2020&lang=es',
    );
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.deepEqual(body.table, { id: 'MIG_STOCK_FB', name: 'Población nacida en el extranjero' });
    assert.equal(body.lang, 'es');
    assert.deepEqual(
      body.releases.map((r: { id: number }) => r.id),
      [stockRelease],
    );
    assert.match(body.releases[0].source.publisher, /SYNTHETIC/);
    const sex = body.dimensions.find((d: { id: string }) => d.id === 'SEX');
    assert.deepEqual(sex.codes, [
      { id: 'F', name: 'Mujeres' },
      { id: 'M', name: 'Hombres' },
    ]);
    assert.equal(body.count, 10);
    assert.equal(body.total, 10);
    assert.equal(body.truncated, false);
    for (const o of body.observations as Obs[]) {
      assert.deepEqual(Object.keys(o.key), ['REF_AREA', 'COUNTRY_OF_BIRTH', 'SEX', 'AGE', 'TIME_PERIOD']);
      assert.equal(o.releaseId, stockRelease);
    }
  });

  test('hides a confidential cell and its secondary partners: key kept, value gone, Q and why', async () => {
    const res = await app.inject('/api/data/MIG_STOCK_FB?REF_AREA=CHL&startPeriod=2020&endPeriod=2020');
    const body = res.json();
    const find = (cob: string, sex: string) =>
      (body.observations as Obs[]).find((o) => o.key.COUNTRY_OF_BIRTH === cob && o.key.SEX === sex)!;
    assert.deepEqual(
      [find('HTI', 'F').value, find('HTI', 'F').status, find('HTI', 'F').conf],
      [null, 'Q', 'C'],
    );
    for (const [cob, sex] of [
      ['BOL', 'F'],
      ['HTI', 'M'],
      ['BOL', 'M'],
    ]) {
      const o = find(cob!, sex!);
      assert.deepEqual([o.value, o.status, o.conf], [null, 'Q', 'S'], `${cob} ${sex}`);
    }
    assert.equal(find('PER', 'F').value, 60212);
    for (const secret of SECRETS) assert.ok(!showsFigure(res.body, secret), `${secret} leaked`);
  });

  test('protects a filtered read as the whole table: women only still hides the partner', async () => {
    const res = await app.inject('/api/data/MIG_STOCK_FB?REF_AREA=CHL&SEX=F&TIME_PERIOD=2020');
    const bol = (res.json().observations as Obs[]).find((o) => o.key.COUNTRY_OF_BIRTH === 'BOL')!;
    assert.equal(bol.value, null);
    for (const secret of SECRETS) assert.ok(!showsFigure(res.body, secret));
  });

  test('never cuts silently: past the limit it says truncated and how many rows exist', async () => {
    const body = (await app.inject('/api/data/MIG_STOCK_FB?limit=5')).json();
    assert.equal(body.count, 5);
    assert.equal(body.truncated, true);
    assert.equal(body.total, 45);
  });

  test('lastNPeriods keeps the last periods of each series', async () => {
    const body = (await app.inject('/api/data/MIG_STOCK_FB?REF_AREA=CHL&lastNPeriods=1')).json();
    assert.equal(body.count, 15);
    assert.ok((body.observations as Obs[]).every((o) => o.key.TIME_PERIOD === '2021'));
  });

  test('rejects bad parameters with every problem listed, in the reader language', async () => {
    const res = await app.inject('/api/data/MIG_STOCK_FB?startPeriod=20x&BOGUS=1&lang=fr');
    assert.equal(res.statusCode, 400);
    const { error } = res.json();
    assert.equal(error.code, 'UNKNOWN_DIMENSION');
    assert.equal(error.details.problems.length, 2);
    assert.match(error.message, /n'a pas de dimension/);
    assert.equal((await app.inject('/api/data/NOPE')).statusCode, 404);
  });

  test('ETag and Cache-Control: 304 on a match, a new release changes the ETag', async () => {
    const url = '/api/data/MIG_STOCK_FB?REF_AREA=ARG';
    const first = await app.inject(url);
    const etag = first.headers.etag as string;
    assert.ok(etag);
    assert.match(String(first.headers['cache-control']), /^public, max-age=\d+/);
    assert.match(String(first.headers.vary), /Accept-Language/);
    const again = await app.inject({ url, headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    await publishSynthetic(t.store, STOCK, stockCells('CHL', '2021', 1.2, false), '2026-02-01T00:00:00.000Z');
    const after = await app.inject({ url, headers: { 'if-none-match': etag } });
    assert.equal(after.statusCode, 200);
    assert.notEqual(after.headers.etag, etag);
  });

  test('a client that accepts gzip or brotli gets the same answer compressed, with its own ETag', async () => {
    const url = '/api/data/MIG_STOCK_FB?REF_AREA=CHL';
    const plain = await app.inject(url);
    const zipped = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate' } });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.match(String(zipped.headers.vary), /Accept-Encoding/);
    assert.equal(gunzipSync(zipped.rawPayload).toString(), plain.body);
    assert.notEqual(zipped.headers.etag, plain.headers.etag);
    const again = await app.inject({
      url,
      headers: { 'accept-encoding': 'gzip', 'if-none-match': String(zipped.headers.etag) },
    });
    assert.equal(again.statusCode, 304);
    const brotli = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.equal(brotli.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(brotli.rawPayload).toString(), plain.body);
    // Browsers accept brotli: their revalidation must get its 304 too.
    const revalidated = await app.inject({
      url,
      headers: { 'accept-encoding': 'gzip, deflate, br', 'if-none-match': String(brotli.headers.etag) },
    });
    assert.equal(revalidated.statusCode, 304);
  });

  test('asOf and release read the table as it stood; an embargoed release stays invisible', async () => {
    const before = (
      await app.inject(
        '/api/data/MIG_STOCK_FB?REF_AREA=CHL&TIME_PERIOD=2021&COUNTRY_OF_BIRTH=PER&SEX=F&asOf=2026-01-20T00:00:00Z',
      )
    ).json();
    assert.equal(before.observations[0].value, 66233);
    const byRelease = (
      await app.inject(
        `/api/data/MIG_STOCK_FB?REF_AREA=CHL&TIME_PERIOD=2021&COUNTRY_OF_BIRTH=PER&SEX=F&release=${stockRelease}`,
      )
    ).json();
    assert.equal(byRelease.observations[0].value, 66233);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const embargoed = await publishSynthetic(t.store, STOCK, stockCells('CHL', '2021', 3, false), future);
    const now = (
      await app.inject('/api/data/MIG_STOCK_FB?REF_AREA=CHL&TIME_PERIOD=2021&COUNTRY_OF_BIRTH=PER&SEX=F')
    ).json();
    assert.equal(now.observations[0].value, Math.round(60212 * 1.2));
    const peek = await app.inject(`/api/data/MIG_STOCK_FB?release=${embargoed}`);
    assert.equal(peek.statusCode, 404);
    const ahead = (
      await app.inject(`/api/data/MIG_STOCK_FB?REF_AREA=CHL&TIME_PERIOD=2021&asOf=${future}`)
    ).json();
    assert.ok(!ahead.observations.some((o: Obs) => o.releaseId === embargoed));
    const releases = (await app.inject('/api/releases?table=MIG_STOCK_FB')).json().releases;
    assert.ok(!releases.some((r: { id: number }) => r.id === embargoed));
    assert.equal(releases[0].table, 'MIG_STOCK_FB');
    assert.equal(typeof releases[0].observationCount, 'number');
  });

  test('the injected note is data in JSON (neutralised only in spreadsheet formats)', async () => {
    const body = (
      await app.inject('/api/data/MIG_STOCK_FB?REF_AREA=CHL&TIME_PERIOD=2020&COUNTRY_OF_BIRTH=_T&SEX=_T')
    ).json();
    assert.equal(body.observations[0].note, INJECTED_NOTE);
  });

  test('the unsuppressed route needs a signed-in staff member or correspondent', async () => {
    const res = await app.inject('/api/restricted/data/MIG_STOCK_FB?REF_AREA=CHL');
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'AUTHENTICATION_REQUIRED');
  });

  test('OAS staff and the country correspondent see the unsuppressed values; others see Q', async () => {
    const tokenFor = async (email: string, role: string, countries: string[]) => {
      const user = await createAccount(
        t.store,
        { actor: null },
        { email, password: 'Synthetic-pass-2026!', role, countries },
      );
      const actor = { id: user.id, email: user.email, role: user.role as 'admin', countries: user.countries };
      return (await createApiToken(t.store, { actor }, 'test')).token;
    };
    const url = '/api/restricted/data/MIG_STOCK_FB?REF_AREA=CHL&TIME_PERIOD=2020&COUNTRY_OF_BIRTH=HTI&SEX=F';
    const read = async (token: string) =>
      (await app.inject({ url, headers: { authorization: `Bearer ${token}` } })).json()
        .observations[0] as Obs & {
        protection?: string;
      };
    const chile = await read(await tokenFor('chl@example.test', 'correspondent', ['CHL']));
    assert.deepEqual([chile.value, chile.conf, chile.protection], [CONFIDENTIAL_VALUE, 'C', 'primary']);
    const staff = await read(await tokenFor('reviewer@example.test', 'reviewer', []));
    assert.equal(staff.value, CONFIDENTIAL_VALUE);
    const argentina = await read(await tokenFor('arg@example.test', 'correspondent', ['ARG']));
    assert.deepEqual([argentina.value, argentina.status], [null, 'Q']);
    const res = await app.inject({
      url,
      headers: { authorization: `Bearer ${await tokenFor('c2@example.test', 'correspondent', ['CHL'])}` },
    });
    assert.equal(res.headers['cache-control'], 'private, no-store');
  });

  test('/api/countries lists the 35 member states with phase and groupings', async () => {
    const body = (await app.inject('/api/countries?lang=pt')).json();
    assert.equal(body.countries.length, 35);
    const chl = body.countries.find((c: { iso3: string }) => c.iso3 === 'CHL');
    assert.equal(chl.phase, 'I');
    assert.equal(chl.status, 'member');
    assert.ok(chl.groupings.some((g: { id: string }) => g.id === 'OECD'));
    assert.ok(
      body.groupings.some(
        (g: { id: string; members: string[] }) => g.id === 'MERCOSUR' && g.members.includes('ARG'),
      ),
    );
  });
});
