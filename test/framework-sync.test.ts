import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CODELISTS,
  COUNTRIES,
  computeFrameworkChecksum,
  FRAMEWORK,
  MEMBER_STATES,
} from '../src/framework/index.js';
import { syncFramework } from '../src/store/repositories/framework.js';
import { createTestStore, type TestStore } from './support/test-store.js';

describe('framework mirrored into the store', () => {
  let t: TestStore;
  before(async () => {
    t = await createTestStore();
  });
  after(async () => t.cleanup());

  test('loads every code list, code, table, country, grouping, membership and phase', async () => {
    const outcome = await syncFramework(t.store, FRAMEWORK, computeFrameworkChecksum());
    assert.equal(outcome.changed, true);
    const db = t.store.db;
    const count = async (
      table: 'codelists' | 'codes' | 'dataflows' | 'countries' | 'groupings' | 'phase_assignments',
    ) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    assert.equal(await count('codelists'), CODELISTS.length);
    assert.equal(
      await count('codes'),
      CODELISTS.reduce((n, list) => n + list.codes.length, 0),
    );
    assert.equal(await count('dataflows'), 15);
    assert.equal(await count('countries'), COUNTRIES.length);
    assert.equal(await count('groupings'), FRAMEWORK.groupings.length);
    assert.equal(await count('phase_assignments'), FRAMEWORK.phases.length);
    const members = await db.selectFrom('countries').select('iso3').where('is_member', '=', 1).execute();
    assert.deepEqual(members.map((m) => m.iso3).sort(), [...MEMBER_STATES].sort());
    const kna = await db
      .selectFrom('countries')
      .select('names')
      .where('iso3', '=', 'KNA')
      .executeTakeFirstOrThrow();
    assert.equal(JSON.parse(kna.names).en, 'Saint Kitts and Nevis');
  });

  test('the same version is not reloaded; codes a coordinator added survive a new version', async () => {
    const again = await syncFramework(t.store, FRAMEWORK, computeFrameworkChecksum());
    assert.equal(again.changed, false);
    await t.store.db
      .insertInto('codes')
      .values({
        codelist_id: 'CL_REGULARISATION',
        code_id: 'TEST_PROGRAMME',
        labels: JSON.stringify({ en: 'Synthetic programme (test)' }),
        aliases: '[]',
        parent: null,
        sort_order: 999,
        derived: 0,
        added_by: 1,
      })
      .execute();
    const next = await syncFramework(t.store, FRAMEWORK, 'a-different-checksum');
    assert.equal(next.changed, true);
    const kept = await t.store.db
      .selectFrom('codes')
      .select('code_id')
      .where('code_id', '=', 'TEST_PROGRAMME')
      .executeTakeFirst();
    assert.ok(kept, 'a coordinator-added code must survive a framework reload');
  });
});
