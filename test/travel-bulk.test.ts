// Bulk files (issue 20): a publish records a job; running the due jobs regenerates the table's
// files from what the public may see (the confidential fixture cell and the cells suppressed to
// protect it are absent) with the bytes of /api/download; an embargo that ends is picked up by
// the same runner; a runner that dies leaves its jobs to another once the lease has run out.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gunzipSync, inflateRawSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { runDueBulkJobs } from '../src/dissemination/bulk/run-bulk-jobs.js';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { claimDueBulkJobs, listBulkJobs } from '../src/store/repositories/bulk-jobs.js';
import {
  CONFIDENTIAL_VALUE,
  loadSyntheticFixture,
  POP,
  popCells,
  publishSynthetic,
  SECONDARY_VALUES,
  STOCK,
  showsFigure,
  stockCells,
} from './sdmx-synthetic.js';
import { runCli } from './support/run-cli.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

const SECRETS = [CONFIDENTIAL_VALUE, ...SECONDARY_VALUES].map(String);

/** The entries of a zip archive, read from its central directory (method 8 or 0). */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const localName = zip.readUInt16LE(offset + 26);
    const localExtra = zip.readUInt16LE(offset + 28);
    const data = zip.subarray(
      offset + 30 + localName + localExtra,
      offset + 30 + localName + localExtra + compressed,
    );
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

describe(`bulk files on ${STORE_KIND}`, () => {
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

  test('before the runner has run, a publish has left a job and the file answers BULK_FILE_NOT_FOUND', async () => {
    const jobs = await listBulkJobs(t.store.db);
    assert.ok(jobs.some((j) => j.tableId === STOCK.id));
    const res = await app.inject('/bulk/MIG_STOCK_FB.csv.gz?lang=es');
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'BULK_FILE_NOT_FOUND');
    assert.match(res.json().error.message, /archivo masivo/);
  });

  test('the runner regenerates the files: CSV equals /api/download of the release, SDMX-CSV too, secrets absent', async () => {
    const outcome = await runDueBulkJobs(t.store);
    assert.ok(outcome.regenerated.includes(STOCK.id));
    assert.deepEqual(await listBulkJobs(t.store.db), []);

    const bulk = await app.inject('/bulk/MIG_STOCK_FB.csv.gz');
    assert.equal(bulk.statusCode, 200);
    assert.equal(bulk.headers['content-type'], 'application/gzip');
    const csv = gunzipSync(bulk.rawPayload).toString('utf8');
    const download = await app.inject(
      `/api/download?table=MIG_STOCK_FB&format=csv&lang=en&release=${stockRelease}`,
    );
    assert.equal(download.statusCode, 200);
    assert.equal(csv, download.body);
    assert.match(csv, /Foreign-born|HTI/);
    for (const secret of SECRETS) assert.ok(!showsFigure(csv, secret), `${secret} absent from the bulk CSV`);

    const sdmx = await app.inject('/bulk/MIG_STOCK_FB.sdmx.csv.gz');
    const sdmxCsv = gunzipSync(sdmx.rawPayload).toString('utf8');
    const sdmxDownload = await app.inject(
      `/api/download?table=MIG_STOCK_FB&format=sdmx-csv&lang=en&release=${stockRelease}`,
    );
    assert.equal(sdmxCsv, sdmxDownload.body);
    assert.match(sdmxCsv, /^STRUCTURE,STRUCTURE_ID,ACTION/);
    for (const secret of SECRETS) assert.ok(!showsFigure(sdmxCsv, secret), `${secret} absent from SDMX-CSV`);
  });

  test('a strong ETag (the SHA-256), Last-Modified and 304 on revalidation', async () => {
    const res = await app.inject('/bulk/MIG_STOCK_FB.csv.gz');
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(res.rawPayload).digest('hex');
    assert.equal(res.headers.etag, `"${sha}"`);
    assert.equal(res.headers['content-length'], String(res.rawPayload.length));
    assert.ok(!Number.isNaN(Date.parse(String(res.headers['last-modified']))));
    const again = await app.inject({
      url: '/bulk/MIG_STOCK_FB.csv.gz',
      headers: { 'if-none-match': `"${sha}"` },
    });
    assert.equal(again.statusCode, 304);
    const since = await app.inject({
      url: '/bulk/MIG_STOCK_FB.csv.gz',
      headers: { 'if-modified-since': String(res.headers['last-modified']) },
    });
    assert.equal(since.statusCode, 304);
    assert.equal((await app.inject('/bulk/NO_SUCH.csv.gz')).json().error.code, 'TABLE_NOT_FOUND');
    assert.equal((await app.inject('/bulk/MIG_STOCK_FB.xlsx')).json().error.code, 'BULK_FILE_NOT_FOUND');
  });

  test('sicremi-all.zip holds every table file, unzipped to the same CSV', async () => {
    const res = await app.inject('/bulk/sicremi-all.zip');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/zip');
    const entries = readZip(res.rawPayload);
    for (const name of ['MIG_STOCK_FB.csv', 'MIG_STOCK_FB.sdmx.csv', 'POP_CONTEXT.csv', 'MIG_ASYLUM.csv']) {
      assert.ok(entries.has(name), name);
    }
    const bulk = await app.inject('/bulk/MIG_STOCK_FB.csv.gz');
    assert.equal(
      entries.get('MIG_STOCK_FB.csv')!.toString('utf8'),
      gunzipSync(bulk.rawPayload).toString('utf8'),
    );
    for (const [, content] of entries) {
      for (const secret of SECRETS) assert.ok(!showsFigure(content.toString('utf8'), secret));
    }
  });

  test('a new publish regenerates only its table; an embargoed one waits for its time', async () => {
    const before = gunzipSync((await app.inject('/bulk/MIG_STOCK_FB.csv.gz')).rawPayload).toString('utf8');
    const popBefore = (await app.inject('/bulk/POP_CONTEXT.csv.gz')).headers.etag;
    const now = new Date().toISOString();
    const release = await publishSynthetic(t.store, STOCK, stockCells('URY', '2020', 3, false), now);
    const future = '2099-01-01T00:00:00.000Z';
    const embargoed = await publishSynthetic(t.store, POP, popCells('URY', '2020', 3_400_000), future);

    const outcome = await runDueBulkJobs(t.store);
    assert.deepEqual(outcome.regenerated, [STOCK.id]);
    const csv = gunzipSync((await app.inject('/bulk/MIG_STOCK_FB.csv.gz')).rawPayload).toString('utf8');
    assert.notEqual(csv, before);
    assert.match(csv, new RegExp(`,${release}\\r\\n`));
    assert.equal((await app.inject('/bulk/POP_CONTEXT.csv.gz')).headers.etag, popBefore);
    const pending = await listBulkJobs(t.store.db);
    assert.deepEqual(
      pending.map((j) => [j.tableId, j.dueAt]),
      [[POP.id, future]],
    );

    // The embargo ends: the same runner, at that time, regenerates the table with the release.
    const later = await runDueBulkJobs(t.store, { now: () => '2099-01-01T00:00:01.000Z' });
    assert.deepEqual(later.regenerated, [POP.id]);
    const pop = gunzipSync((await app.inject('/bulk/POP_CONTEXT.csv.gz')).rawPayload).toString('utf8');
    assert.match(pop, new RegExp(`,${embargoed}\\r\\n`));
  });

  test('a runner that dies leaves its jobs; another takes them once the lease has run out', async () => {
    await publishSynthetic(t.store, STOCK, stockCells('PRY', '2020', 1, false), '2026-02-01T00:00:00.000Z');
    const now = new Date().toISOString();
    const leaseEnd = new Date(Date.now() + 60_000).toISOString();
    const claimed = await claimDueBulkJobs(t.store.db, 'crashed-runner', now, leaseEnd);
    assert.equal(claimed?.tableId, STOCK.id);
    // The lease holds: nobody else takes the job.
    assert.deepEqual((await runDueBulkJobs(t.store)).regenerated, []);
    const afterLease = new Date(Date.parse(leaseEnd) + 1000).toISOString();
    const outcome = await runDueBulkJobs(t.store, { now: () => afterLease });
    assert.deepEqual(outcome.regenerated, [STOCK.id]);
    assert.equal((await listBulkJobs(t.store.db)).length, 0);
  });

  test('another process runs the jobs: sicremi bulk status, then sicremi bulk run', async () => {
    const release = await publishSynthetic(
      t.store,
      STOCK,
      stockCells('BOL', '2020', 1, false),
      new Date().toISOString(),
    );
    const status = await runCli(['bulk', 'status'], t.env);
    assert.equal(status.code, 0, status.stderr);
    assert.match(status.stdout, /^MIG_STOCK_FB\tdue /m);
    const run = await runCli(['bulk', 'run'], t.env);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /bulk: 1 regenerated \(MIG_STOCK_FB\), 0 failed/);
    const csv = gunzipSync((await app.inject('/bulk/MIG_STOCK_FB.csv.gz')).rawPayload).toString('utf8');
    assert.match(csv, new RegExp(`,${release}\\r\\n`));
  });
});
