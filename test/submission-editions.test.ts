// A submission whose metadata names its source series publishes a release of that source and
// edition (FRAMEWORK §5, §9): a later edition revises only the cells it covers, and a change
// between the two editions is never computed. SYNTHETIC TEST DATA.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getTable } from '../src/framework/index.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { queryPublished } from '../src/store/repositories/observations.js';
import { findSubmission } from '../src/store/repositories/submission-records.js';
import type { Actor } from '../src/workflow/roles.js';
import { publishSubmissionTx } from '../src/workflow/submissions/publish-submission.js';
import { stageDraft } from './support/stage-draft.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

const STOCK = getTable('MIG_STOCK_FB')!;
const ACTOR: Actor = { id: 1, email: 'admin@example.org', role: 'admin', countries: [] };
const cell = (year: string, sex: string): Record<string, string> => ({
  COUNTRY_OF_BIRTH: '_T',
  SEX: sex,
  AGE: '_T',
  TIME_PERIOD: year,
});

describe(`submissions that name their source edition (${STORE_KIND})`, () => {
  let t: TestStore;
  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
  });
  after(async () => t.cleanup());

  async function publish(
    metadata: Record<string, unknown>,
    cells: [Record<string, string>, number][],
    at: string,
  ) {
    const id = await stageDraft(t.store, { table: 'MIG_STOCK_FB', country: 'CHL', cells, metadata });
    const row = (await findSubmission(t.store.db, id))!;
    return t.store.transaction((tx) => publishSubmissionTx(tx, ACTOR, row, { publishAt: at }));
  }

  test('edition defaults to the reference year; a newer edition revises only the cells it covers', async () => {
    const first = await publish(
      { sourceId: 'CHL_SYNTHETIC_REGISTER' },
      [
        [cell('2023', '_T'), 100],
        [cell('2023', 'F'), 60],
        [cell('2023', 'M'), 40],
        [cell('2024', '_T'), 110],
      ],
      '2026-01-01T00:00:00.000Z',
    );
    const second = await publish(
      { sourceId: 'CHL_SYNTHETIC_REGISTER' },
      [
        [cell('2023', '_T'), 105],
        [cell('2025', '_T'), 120],
      ],
      '2026-02-01T00:00:00.000Z',
    );
    const releases = await t.store.db
      .selectFrom('releases')
      .select(['id', 'source_id', 'source_edition'])
      .orderBy('id')
      .execute();
    assert.deepEqual(
      releases.map((r) => [r.source_id, r.source_edition]),
      [
        ['CHL_SYNTHETIC_REGISTER', '2024'],
        ['CHL_SYNTHETIC_REGISTER', '2025'],
      ],
    );
    const latest = await queryPublished(t.store.db, { table: STOCK, filters: { REF_AREA: ['CHL'] } });
    assert.deepEqual(
      latest.map((o) => [o.key.TIME_PERIOD, o.key.SEX, o.value, o.releaseId]),
      [
        ['2023', 'F', 60, first.releaseId],
        ['2023', 'M', 40, first.releaseId],
        ['2023', '_T', 105, second.releaseId],
        ['2024', '_T', 110, first.releaseId],
        ['2025', '_T', 120, second.releaseId],
      ],
    );
  });

  test('without a named source the release replaces whole (country, period) slices, as before', async () => {
    await publish({}, [[cell('2023', '_T'), 99]], '2026-03-01T00:00:00.000Z');
    const slice = await queryPublished(t.store.db, {
      table: STOCK,
      filters: { REF_AREA: ['CHL'], TIME_PERIOD: ['2023'] },
    });
    assert.deepEqual(
      slice.map((o) => [o.key.SEX, o.value]),
      [['_T', 99]],
    );
  });
});
