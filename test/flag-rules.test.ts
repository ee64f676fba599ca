// Flags mean what they say (FRAMEWORK §4, §7, §9), on the demo's real figures: a sum missing
// suppressed months or cases is E with its bound, never A; D propagates to indicators and to
// regional aggregates, which count their flagged members; a change across sources is absent
// and says why; a change from E inputs is flagged and undirected; UN DESA's known remainder is
// OTH, not _U.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadDemoData } from '../src/demo/load-demo.js';
import type { IndicatorValue, RegionalAggregate } from '../src/dissemination/indicators/compute-indicator.js';
import { buildApp } from '../src/server/app.js';
import { PivotAnswerSchema } from '../src/server/openapi/dissemination-paths.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

interface DataAnswer {
  observations: { key: Record<string, string>; value: number | null; status: string; note?: string | null }[];
}

describe(`flag rules on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadDemoData(t.store);
    app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
  });
  after(async () => {
    await app?.close();
    await t?.cleanup();
  });

  async function data(path: string) {
    const res = await app.inject(path);
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    return (res.json() as DataAnswer).observations;
  }
  async function indicator(path: string) {
    const res = await app.inject(path);
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    return res.json() as { values: IndicatorValue[]; aggregates: (RegionalAggregate & { name: string })[] };
  }

  test('an annual sum with months IRCC suppressed is E with its upper bound, never A', async () => {
    const [total] = await data('/api/data/MIG_INFLOW_PERM?REF_AREA=CAN&CITIZENSHIP=_T&TIME_PERIOD=2015');
    assert.equal(total?.status, 'E');
    assert.match(
      total?.note ?? '',
      /313 monthly values suppressed by IRCC \(0-5 each\) are left out: a lower bound, at most 1,565 more/,
    );
    const [angola] = await data('/api/data/MIG_INFLOW_PERM?REF_AREA=CAN&CITIZENSHIP=AGO&TIME_PERIOD=2015');
    assert.deepEqual([angola?.value, angola?.status], [15, 'E']);
    assert.match(
      angola?.note ?? '',
      /8 of 12 monthly values suppressed .* a lower bound \(at most 40 more\)/,
    );
  });

  test('a persons-only asylum count that leaves out cases is E (partial), with what is missing', async () => {
    const [colombia] = await data('/api/data/MIG_ASYLUM?REF_AREA=COL&CITIZENSHIP=_T&TIME_PERIOD=2025');
    assert.deepEqual([colombia?.value, colombia?.status], [70, 'E']);
    assert.match(
      colombia?.note ?? '',
      /Persons only, a lower bound: UNHCR reports 8174 new applications counted as cases/,
    );
  });

  test("D (Suriname's foreign citizens) propagates to FB_SHARE and to the aggregates, which count it", async () => {
    const body = await indicator('/api/indicators/FB_SHARE?country=SUR&year=2015');
    const [sur] = body.values;
    assert.equal(sur?.status, 'D');
    assert.ok(sur?.flags.includes('D'));
    const oas = body.aggregates.find((a) => a.grouping === 'OAS' && a.year === '2015');
    assert.ok(oas, 'an all-members aggregate');
    assert.equal(oas.status, 'D');
    assert.ok(oas.flags.includes('D'));
    assert.ok((oas.flagged.D ?? 0) >= 1, 'the aggregate says how many members differ in definition');
    const pivot = PivotAnswerSchema.parse(
      (
        await app.inject(
          '/api/data/MIG_STOCK_FB/pivot?REF_AREA=SUR,GUY&COUNTRY_OF_BIRTH=_T&SEX=_T&AGE=_T&TIME_PERIOD=2015&rows=REF_AREA&cols=TIME_PERIOD&regions=1',
        )
      ).json(),
    );
    const region = pivot.rows.find((r) => r.key[0] === '@OAS')?.cells[0];
    assert.equal(region?.status, 'D');
    assert.deepEqual(region?.coverage, { countries: 2, of: 35, flagged: { D: 1, U: 0, E: 0 } });
  });

  test('the regional report says how many of the members it sums differ in definition', async () => {
    const res = await app.inject('/api/reports/region/document?lang=en');
    assert.equal(res.statusCode, 200);
    const doc = res.json() as { blocks: { kind: string; rows?: { cells: string[] }[] }[] };
    const cells = doc.blocks.flatMap((b) =>
      b.kind === 'table' ? (b.rows ?? []).flatMap((r) => r.cells) : [],
    );
    assert.ok(
      cells.some((c) => /\(\d+\/\d+, \d+ d\b/.test(c)),
      'the region total names its members flagged D (Suriname counts foreign citizens)',
    );
  });

  test('CHANGE_PCT is absent across sources (OECD 2014 → IRCC 2015) and flagged, undirected, from E inputs', async () => {
    const across = await indicator('/api/indicators/CHANGE_PCT?country=CAN&year=2015');
    assert.deepEqual(
      across.values.map((v) => [v.value, v.absent]),
      [[null, 'SOURCE']],
    );
    const flagged = await indicator('/api/indicators/CHANGE_PCT?country=CAN&year=2025');
    const [can] = flagged.values;
    assert.equal(typeof can?.value, 'number');
    assert.ok(can?.flags.includes('E'));
    assert.equal(can?.directional, false);
    const plain = await indicator('/api/indicators/CHANGE_PCT?country=USA&year=2021');
    assert.equal(plain.values[0]?.directional, true);
    assert.deepEqual(plain.values[0]?.flags, []);
  });

  test("UN DESA's not-itemised remainder is OTH, a part that adds up; nothing is _U", async () => {
    const rows = await data('/api/data/MIG_STOCK_FB?REF_AREA=ARG&TIME_PERIOD=2019&SEX=_T&AGE=_T');
    const total = rows.find((o) => o.key.COUNTRY_OF_BIRTH === '_T')?.value ?? 0;
    const parts = rows.filter((o) => o.key.COUNTRY_OF_BIRTH !== '_T');
    assert.equal(
      parts.reduce((s, o) => s + (o.value ?? 0), 0),
      total,
    );
    assert.ok(parts.some((o) => o.key.COUNTRY_OF_BIRTH === 'OTH' && (o.value ?? 0) > 40000));
    assert.ok(parts.every((o) => o.key.COUNTRY_OF_BIRTH !== '_U'));
  });
});
