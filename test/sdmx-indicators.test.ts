import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { getTable } from '../src/framework/index.js';
import type { Observation } from '../src/framework/observation.js';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { loadSyntheticFixture, publishSynthetic } from './sdmx-synthetic.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

const LAB = getTable('LAB_STATUS')!;
const AGES = ['Y15T24', 'Y25T34', 'Y35T44', 'Y45T54', 'Y55T64'];

// SYNTHETIC TEST DATA (thousands): native-born 1000 employed, 100 unemployed, 1500 in all per
// age group; the foreign-born unemployed aged 55–64 have a CV of 40 % and are suppressed.
function labourCells(): Observation[] {
  const out: Observation[] = [];
  for (const birthplace of ['FB', 'NB']) {
    for (const age of AGES) {
      for (const [lf, value] of [
        ['EMP', 1000],
        ['UNE', 100],
        ['_T', 1500],
      ] as const) {
        const unreliable = birthplace === 'FB' && age === 'Y55T64' && lf === 'UNE';
        out.push({
          table: LAB.id,
          key: {
            REF_AREA: 'CHL',
            BIRTHPLACE: birthplace,
            SEX: '_T',
            AGE: age,
            EDUCATION: '_T',
            LF_STATUS: lf,
            TIME_PERIOD: '2020',
          },
          value: birthplace === 'FB' ? value / 10 : value,
          status: 'A',
          conf: 'F',
          cv: unreliable ? 40 : 5,
          sampleN: 500,
        });
      }
    }
  }
  return out;
}

interface Value {
  country: string;
  year: string;
  breakdown: Record<string, string>;
  value: number | null;
  status: string;
  inputs: { table: string; releaseId: number }[];
}

describe(`indicators API on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadSyntheticFixture(t.store);
    await publishSynthetic(t.store, LAB, labourCells(), '2026-01-15T12:00:00.000Z');
    app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
  });
  after(async () => {
    await app.close();
    await t.cleanup();
  });

  test('lists every indicator of FRAMEWORK §7, saying which cannot be computed and why', async () => {
    const body = (await app.inject('/api/indicators?lang=es')).json();
    assert.equal(body.indicators.length, 17);
    const overq = body.indicators.find((i: { id: string }) => i.id === 'OVERQUALIFICATION');
    assert.equal(overq.available, false);
    assert.match(overq.reason, /education and occupation/);
    assert.equal(
      body.indicators.find((i: { id: string }) => i.id === 'FB_SHARE').name,
      'Proporción de nacidos en el extranjero',
    );
  });

  test('FB_SHARE: value, inputs with their release, and regional aggregates with coverage', async () => {
    const body = (await app.inject('/api/indicators/FB_SHARE?year=2020')).json();
    const chl = body.values.find((v: Value) => v.country === 'CHL');
    assert.equal(chl.value, Math.round((298054 / 19_100_000) * 100 * 1e4) / 1e4);
    assert.equal(chl.status, 'A');
    assert.deepEqual(
      chl.inputs.map((i: { table: string }) => i.table),
      ['MIG_STOCK_FB', 'POP_CONTEXT'],
    );
    assert.ok(chl.inputs.every((i: { releaseId: number }) => Number.isInteger(i.releaseId)));
    const sam = body.aggregates.find((a: { grouping: string }) => a.grouping === 'SAM');
    assert.equal(sam.value, Math.round(((298054 + 596108) / (19_100_000 + 45_400_000)) * 100 * 1e4) / 1e4);
    assert.deepEqual([sam.countries, sam.members], [2, 12]);
    assert.deepEqual(sam.covered, ['ARG', 'CHL']);
    assert.equal(body.releases.length, 2);
    const only = (await app.inject('/api/indicators/FB_SHARE?country=ARG')).json();
    assert.deepEqual(
      only.values.map((v: Value) => v.country),
      ['ARG'],
    );
    assert.ok(
      only.aggregates.some(
        (a: { grouping: string; countries: number }) => a.grouping === 'OAS' && a.countries === 2,
      ),
    );
  });

  test('RECOGNITION_RATE inherits the worst status of its inputs (P)', async () => {
    const body = (await app.inject('/api/indicators/RECOGNITION_RATE')).json();
    const byRate = Object.fromEntries(body.values.map((v: Value) => [v.breakdown.RATE, v]));
    assert.equal(byRate.CONVENTION.value, 12);
    assert.equal(byRate.TOTAL.value, 15);
    assert.equal(byRate.CONVENTION.status, 'P');
  });

  test('labour rates use ages 15–64 and are never computed from suppressed inputs', async () => {
    const participation = (await app.inject('/api/indicators/PARTICIPATION_RATE?year=2020')).json();
    const cases = participation.values.filter((v: Value) => v.breakdown.EDUCATION === '_T');
    const nb = cases.find((v: Value) => v.breakdown.BIRTHPLACE === 'NB');
    const fb = cases.find((v: Value) => v.breakdown.BIRTHPLACE === 'FB');
    assert.equal(nb.value, Math.round((5500 / 7500) * 100 * 1e4) / 1e4);
    assert.equal(nb.inputs.length, 15);
    assert.deepEqual([fb.value, fb.status], [null, 'Q']);
    const gap = (await app.inject('/api/indicators/GAP_EMPLOYMENT_RATE')).json();
    assert.equal(gap.values.find((v: Value) => v.breakdown.EDUCATION === '_T').status, 'Q');
  });

  test('rejects unknown indicators and impossible breakdowns', async () => {
    assert.equal((await app.inject('/api/indicators/NOPE')).statusCode, 404);
    const sex = await app.inject('/api/indicators/FB_SHARE?sex=F');
    assert.equal(sex.statusCode, 400);
    assert.equal(sex.json().error.code, 'INVALID_PARAMETER');
    assert.equal((await app.inject('/api/indicators/FB_SHARE?year=20')).statusCode, 400);
  });
});
