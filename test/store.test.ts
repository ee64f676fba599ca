import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { TableDef } from '../src/framework/types.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { queryPublished } from '../src/store/repositories/observations.js';
import { publishRelease } from '../src/store/repositories/releases.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

const labels = { en: 'x', es: 'x', fr: 'x', pt: 'x' };
// A synthetic two-dimension table, labelled as such: the store does not care which table it is.
const SYNTHETIC: TableDef = {
  id: 'SYNTHETIC',
  names: labels,
  descriptions: labels,
  dimensions: [
    { id: 'REF_AREA', codelist: 'CL_AREA', names: labels, hasTotal: false },
    { id: 'SEX', codelist: 'CL_SEX', names: labels, hasTotal: true },
    { id: 'TIME_PERIOD', codelist: '', names: labels, hasTotal: false },
  ],
  attributes: [],
  unit: 'PS',
  unitMultiplier: 0,
  kind: 'stock',
  survey: false,
  typicalSources: [],
  wideDimension: 'TIME_PERIOD',
  requiredTotals: [],
};

function obs(area: string, sex: string, year: string, value: number) {
  return {
    observation: {
      table: 'SYNTHETIC',
      key: { REF_AREA: area, SEX: sex, TIME_PERIOD: year },
      value,
      status: 'A',
      conf: 'F',
    },
  };
}

describe(`store on ${STORE_KIND}`, () => {
  let t: TestStore;
  before(async () => {
    t = await createTestStore();
  });
  after(async () => t.cleanup());

  test('migrations apply from zero and a second run applies nothing', async () => {
    const again = await migrateToLatest(t.store);
    assert.deepEqual(again.applied, []);
    const count = await t.store.db
      .selectFrom('observations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 0);
  });

  test('a release replaces the periods it covers and keeps the old values readable as of before', async () => {
    const first = await t.store.transaction((tx) =>
      publishRelease(tx, {
        table: SYNTHETIC,
        publishedAt: '2026-01-01T00:00:00.000Z',
        observations: [obs('CHL', 'F', '2020', 10), obs('CHL', 'M', '2020', 12), obs('CHL', 'F', '2021', 11)],
      }),
    );
    assert.equal(first.observationCount, 3);
    const second = await t.store.transaction((tx) =>
      publishRelease(tx, {
        table: SYNTHETIC,
        publishedAt: '2026-02-01T00:00:00.000Z',
        observations: [obs('CHL', 'F', '2021', 15)],
      }),
    );
    assert.equal(second.superseded, 1);
    const now = await queryPublished(t.store.db, { table: SYNTHETIC });
    assert.deepEqual(
      now.map((o) => [o.key.SEX, o.key.TIME_PERIOD, o.value, o.releaseId]),
      [
        ['F', '2020', 10, first.id],
        ['F', '2021', 15, second.id],
        ['M', '2020', 12, first.id],
      ],
    );
    const before = await queryPublished(t.store.db, { table: SYNTHETIC, at: '2026-01-15T00:00:00.000Z' });
    assert.equal(before.find((o) => o.key.TIME_PERIOD === '2021')?.value, 11);
    const filtered = await queryPublished(t.store.db, { table: SYNTHETIC, filters: { SEX: ['M'] } });
    assert.deepEqual(
      filtered.map((o) => o.value),
      [12],
    );
  });

  test('an embargoed release stays invisible until its publication time', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    await t.store.transaction((tx) =>
      publishRelease(tx, {
        table: SYNTHETIC,
        publishedAt: future,
        observations: [obs('ARG', '_T', '2022', 99)],
      }),
    );
    const now = await queryPublished(t.store.db, { table: SYNTHETIC, filters: { REF_AREA: ['ARG'] } });
    assert.equal(now.length, 0);
    const later = await queryPublished(t.store.db, {
      table: SYNTHETIC,
      filters: { REF_AREA: ['ARG'] },
      at: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
    assert.equal(later[0]?.value, 99);
  });

  test('a failed bulk load leaves nothing behind', async () => {
    const countRows = async () =>
      Number(
        (
          await t.store.db
            .selectFrom('observations')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const releasesBefore = await t.store.db.selectFrom('releases').select('id').execute();
    const rowsBefore = await countRows();
    function* failing() {
      for (let i = 0; i < 5000; i++) yield obs('BRA', 'F', String(1900 + (i % 100)), i);
      throw new Error('reader failed midway');
    }
    await assert.rejects(
      t.store.transaction((tx) =>
        publishRelease(tx, {
          table: SYNTHETIC,
          publishedAt: '2026-03-01T00:00:00.000Z',
          observations: failing(),
        }),
      ),
      /reader failed midway/,
    );
    assert.equal(await countRows(), rowsBefore);
    const releasesAfter = await t.store.db.selectFrom('releases').select('id').execute();
    assert.equal(releasesAfter.length, releasesBefore.length);
  });

  test('bulk insert keeps nulls, tabs and backslashes intact', async () => {
    const note = 'tab\there \\ back\nslash';
    await t.store.transaction((tx) =>
      publishRelease(tx, {
        table: SYNTHETIC,
        publishedAt: '2026-04-01T00:00:00.000Z',
        observations: [
          {
            observation: {
              table: 'SYNTHETIC',
              key: { REF_AREA: 'URY', SEX: 'F', TIME_PERIOD: '2020' },
              value: null,
              status: 'L',
              conf: 'F',
              note,
            },
          },
        ],
      }),
    );
    const [row] = await queryPublished(t.store.db, { table: SYNTHETIC, filters: { REF_AREA: ['URY'] } });
    assert.equal(row?.value, null);
    assert.equal(row?.note, note);
    assert.equal(row?.status, 'L');
    const engine = await sql<{ v: number }>`select 1 as v`.execute(t.store.db);
    assert.equal(Number(engine.rows[0]?.v), 1);
  });
});
