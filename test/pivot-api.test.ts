// The explorer's pivot, laid out on the server: every cell agrees with the flat JSON API (the
// same gateway, so the same disclosure control), windows of rows join up into the whole table,
// footnotes are numbered once for all windows, and a new release is never answered from an old
// layout. Synthetic figures (test/sdmx-synthetic.ts).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { DataAnswer } from '../src/dissemination/present-data.js';
import { buildApp } from '../src/server/app.js';
import { PivotAnswerSchema } from '../src/server/openapi/dissemination-paths.js';
import { prepareStore } from '../src/store/prepare-store.js';
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

const SECRETS = [CONFIDENTIAL_VALUE, ...SECONDARY_VALUES].map(String);
const FILTER = 'REF_AREA=CHL&AGE=_T';
const LAYOUT = 'rows=COUNTRY_OF_BIRTH&cols=SEX,TIME_PERIOD';

type Pivot = ReturnType<typeof PivotAnswerSchema.parse>;

describe(`pivot tables laid out by the server on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;

  async function pivot(query: string): Promise<Pivot> {
    const response = await app.inject(`/api/data/MIG_STOCK_FB/pivot?${query}`);
    assert.equal(response.statusCode, 200, response.body);
    for (const secret of SECRETS) assert.ok(!showsFigure(response.body, secret), `${secret} is not shown`);
    return PivotAnswerSchema.parse(response.json());
  }

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

  test('every cell is the flat API’s observation, in reading order, with flags and footnotes', async () => {
    const body = await pivot(`${FILTER}&${LAYOUT}&lang=es&rowLimit=500`);
    assert.deepEqual(
      body.rowDims.map((d) => d.id),
      ['COUNTRY_OF_BIRTH'],
    );
    assert.deepEqual(body.colDims, [
      { id: 'SEX', name: 'Sexo' },
      { id: 'TIME_PERIOD', name: 'Año' },
    ]);
    assert.deepEqual(
      body.fixed.map((f) => [f.id, f.code]),
      [
        ['REF_AREA', 'CHL'],
        ['AGE', '_T'],
      ],
    );
    assert.equal(body.fixed[0]?.codeName, 'Chile');
    // The total first, then the countries by their Spanish names.
    assert.deepEqual(
      body.rows.map((r) => r.key[0]),
      ['_T', 'BOL', 'HTI', 'PER', 'VEN'],
    );
    assert.deepEqual(body.periods, ['2020', '2021']);
    assert.equal(body.rowCount, 5);
    assert.equal(body.columnCount, 6);

    const flat = (await app.inject(`/api/data/MIG_STOCK_FB?${FILTER}&lang=es`)).json() as DataAnswer;
    assert.equal(body.count, flat.observations.length);
    assert.equal(body.truncated, false);
    for (const o of flat.observations) {
      const row = body.rows.findIndex((r) => r.key[0] === o.key.COUNTRY_OF_BIRTH);
      const col = body.colKeys.findIndex(([sex, year]) => sex === o.key.SEX && year === o.key.TIME_PERIOD);
      const cell = body.rows[row]?.cells[col];
      assert.ok(cell, JSON.stringify(o.key));
      assert.deepEqual(
        [cell.value, cell.status, cell.conf],
        [o.value, o.status, o.conf],
        JSON.stringify(o.key),
      );
      if (o.note) assert.equal(body.notes[(cell.note ?? 0) - 1], o.note);
    }
    const haitiWomen2020 = body.rows[2]?.cells[body.colKeys.findIndex((k) => k.join() === 'F,2020')];
    assert.deepEqual([haitiWomen2020?.value, haitiWomen2020?.status], [null, 'Q']);
    assert.ok(body.notes.includes(INJECTED_NOTE));
    assert.ok(body.statuses.includes('Q'));
  });

  test('windows of rows join up into the whole table', async () => {
    const whole = await pivot(`${FILTER}&${LAYOUT}&rowLimit=500`);
    const windows: Pivot['rows'] = [];
    for (const offset of [0, 2, 4]) {
      const part = await pivot(`${FILTER}&${LAYOUT}&offset=${offset}&rowLimit=2`);
      assert.equal(part.offset, offset);
      assert.equal(part.rowCount, whole.rowCount);
      assert.deepEqual(part.notes, whole.notes, 'footnote numbers are the same in every window');
      windows.push(...part.rows);
    }
    assert.deepEqual(windows, whole.rows);
    assert.deepEqual((await pivot(`${FILTER}&${LAYOUT}&offset=50`)).rows, []);
  });

  test('a new release is laid out at once; an unchanged one answers 304', async () => {
    const url = `/api/data/MIG_STOCK_FB/pivot?${FILTER}&${LAYOUT}`;
    const first = await app.inject(url);
    const again = await app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } });
    assert.equal(again.statusCode, 304);
    await publishSynthetic(
      t.store,
      STOCK,
      stockCells('CHL', '2022', 1.2, false),
      new Date(Date.now() - 1000).toISOString(),
    );
    const after = await app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } });
    assert.equal(after.statusCode, 200);
    assert.deepEqual(PivotAnswerSchema.parse(after.json()).periods, ['2020', '2021', '2022']);
  });

  test('regional aggregates sum the figures the public sees, never a suppressed one, and say what they cover', async () => {
    const query = 'AGE=_T&TIME_PERIOD=2020&rows=REF_AREA,COUNTRY_OF_BIRTH&cols=SEX&lang=en&rowLimit=500';
    const plain = await pivot(query);
    const body = await pivot(`${query}&regions=1`);
    assert.equal(body.count, plain.count, 'aggregates are not counted as published values');
    const areas = [...new Set(body.rows.map((r) => r.key[0]))];
    // ARG and CHL, then every region with one of them: all member states, South America,
    // MERCOSUR (ARG), OECD (CHL).
    assert.deepEqual(areas, ['ARG', 'CHL', '@OAS', '@SAM', '@MERCOSUR', '@OECD']);
    assert.equal(body.codes.REF_AREA?.find((c) => c.id === '@SAM')?.name, 'South America');
    const at = (area: string, origin: string, sex: string) => {
      const row = body.rows.find((r) => r.key[0] === area && r.key[1] === origin);
      return row?.cells[body.colKeys.findIndex((k) => k[0] === sex)];
    };
    for (const [origin, sex] of [
      ['PER', 'F'],
      ['_T', '_T'],
      ['VEN', 'M'],
    ] as const) {
      const sum = (at('ARG', origin, sex)?.value ?? 0) + (at('CHL', origin, sex)?.value ?? 0);
      assert.equal(at('@SAM', origin, sex)?.value, sum, `${origin} ${sex}`);
      assert.deepEqual(at('@SAM', origin, sex)?.coverage, {
        countries: 2,
        of: 12,
        flagged: { D: 0, U: 0, E: 0 },
      });
      assert.equal(at('@MERCOSUR', origin, sex)?.value, at('ARG', origin, sex)?.value);
    }
    // Haitian-born women in Chile are confidential: the region holds Argentina's figure alone.
    assert.equal(at('CHL', 'HTI', 'F')?.status, 'Q');
    assert.equal(at('@SAM', 'HTI', 'F')?.value, at('ARG', 'HTI', 'F')?.value);
    assert.deepEqual(at('@SAM', 'HTI', 'F')?.coverage, {
      countries: 1,
      of: 12,
      flagged: { D: 0, U: 0, E: 0 },
    });
    assert.equal(at('@OECD', 'HTI', 'F'), null, 'no region cell where no member shows a value');
    const bad = await app.inject('/api/data/MIG_STOCK_FB/pivot?regions=yes');
    assert.equal(bad.json().error.code, 'INVALID_PARAMETER');
  });

  test('bad layouts and windows are 400s that name the problem; the unsuppressed pivot needs a sign-in', async () => {
    const unknown = await app.inject('/api/data/MIG_STOCK_FB/pivot?rows=COLOUR');
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().error.code, 'UNKNOWN_DIMENSION');
    const window = await app.inject('/api/data/MIG_STOCK_FB/pivot?offset=-1');
    assert.equal(window.statusCode, 400);
    assert.equal(window.json().error.code, 'INVALID_PARAMETER');
    const restricted = await app.inject('/api/restricted/data/MIG_STOCK_FB/pivot?REF_AREA=CHL');
    assert.equal(restricted.statusCode, 401);
    assert.equal((await app.inject('/api/data/NOPE/pivot')).json().error.code, 'TABLE_NOT_FOUND');
  });
});
