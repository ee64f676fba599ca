// importSubmission's onRecorded hook runs inside the transaction that records the submission:
// what the workflow writes with it (first event, audit entry) lands with the submission, and a
// failure in it leaves nothing behind — no submission, no observation, no file record.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importSubmission } from '../src/ingest/import/import-submission.js';
import { fileSource } from '../src/ingest/source/byte-source.js';
import type { StoreTx } from '../src/store/store.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

const fixture = (name: string) => fileSource(new URL(`./fixtures/ingest/${name}`, import.meta.url).pathname);

describe(`import's onRecorded hook (${STORE_KIND})`, () => {
  let t: TestStore;
  const counts = async () => {
    const n = async (table: 'submissions' | 'staged_observations' | 'files') =>
      Number(
        (
          await t.store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      submissions: await n('submissions'),
      observations: await n('staged_observations'),
      files: await n('files'),
    };
  };
  before(async () => {
    t = await createTestStore();
  });
  after(async () => t.cleanup());

  test('sees the recorded submission inside the transaction, for clean and rejected files', async () => {
    const seen: [number, string | undefined][] = [];
    const onRecorded = async (tx: StoreTx, id: number) => {
      const row = await tx.db
        .selectFrom('submissions')
        .select('ref_area')
        .where('id', '=', id)
        .executeTakeFirst();
      seen.push([id, row?.ref_area]);
    };
    const staged = await importSubmission(t.store, fixture('stock-fb-es.csv'), {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      dataDir: t.dataDir,
      onRecorded,
    });
    assert.equal(staged.status, 'staged');
    const rejected = await importSubmission(t.store, fixture('errors.csv'), {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      dataDir: t.dataDir,
      recordRejected: true,
      onRecorded,
    });
    assert.equal(rejected.status, 'rejected');
    assert.deepEqual(seen, [
      [staged.status === 'staged' ? staged.submissionId : -1, 'CHL'],
      [rejected.status === 'rejected' ? rejected.submissionId : -1, 'CHL'],
    ]);
  });

  test('a failure in the hook rolls the whole import back', async () => {
    const before = await counts();
    const refused = new Error('audit store unavailable');
    for (const [file, recordRejected] of [
      ['stock-fn-pt.csv', false],
      ['missing-year.csv', true],
    ] as const) {
      await assert.rejects(
        importSubmission(t.store, fixture(file), {
          table: file.startsWith('stock-fn') ? 'MIG_STOCK_FN' : 'MIG_STOCK_FB',
          country: file.startsWith('stock-fn') ? 'BRA' : 'CHL',
          dataDir: t.dataDir,
          recordRejected,
          onRecorded: async () => {
            throw refused;
          },
        }),
        (error) => error === refused,
      );
    }
    assert.deepEqual(await counts(), before);
  });
});
