// One measurement of the ingest benchmark, run in its own process so that its peak resident
// memory (maxRSS) is its own: a bare papaparse pass (the baseline), `validate`, `import` into a
// fresh SQLite store, or the bare SQLite bulk insert of as many staged rows (what import cannot
// go below). Prints one JSON line: { ms, cpuMs, peakRssMb, ... }.
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { getTable } from '../../src/framework/index.js';
import type { TableDef } from '../../src/framework/types.js';
import { fileSource, importSubmission, validateSubmission } from '../../src/ingest/index.js';
import { openSqlite } from '../../src/store/dialects/sqlite/open-sqlite.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createDraftSubmission, stagedColumns } from '../../src/store/repositories/submissions.js';

const [mode, file] = process.argv.slice(2) as [string, string];
const TARGET = { table: 'MIG_STOCK_FB', country: 'CHL' };

async function baseline(): Promise<Record<string, unknown>> {
  let rows = 0;
  const started = performance.now();
  await new Promise((resolve, reject) => {
    Papa.parse(createReadStream(file), { step: () => void rows++, complete: resolve, error: reject });
  });
  return { ms: performance.now() - started, rows };
}

async function validate(): Promise<Record<string, unknown>> {
  const started = performance.now();
  const { report } = await validateSubmission(fileSource(file), TARGET);
  return {
    ms: performance.now() - started,
    rows: report.rows,
    errors: report.summary.errors,
    byCode: report.summary.byCode,
  };
}

async function importIntoSqlite(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sicremi-bench-'));
  const store = openSqlite(join(dataDir, 'sicremi.sqlite'));
  try {
    await migrateToLatest(store);
    const started = performance.now();
    const result = await importSubmission(store, fileSource(file), { ...TARGET, dataDir });
    const ms = performance.now() - started;
    const staged = result.status === 'staged' ? result.observationCount : 0;
    return { ms, status: result.status, staged };
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The floor under import: 1,000,000 staged rows of the same shape through the store's bulk path. */
async function insertOnly(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sicremi-bench-'));
  const store = openSqlite(join(dataDir, 'sicremi.sqlite'));
  try {
    await migrateToLatest(store);
    const table = getTable(TARGET.table) as TableDef;
    const columns = stagedColumns(table, { status: false, conf: false, note: false });
    const years = Array.from({ length: 125 }, (_, i) => String(1900 + i));
    const started = performance.now();
    const count = await store.transaction(async (tx) => {
      const id = await createDraftSubmission(tx.db, {
        table,
        refArea: 'CHL',
        fileSha256: null,
        origin: 'file',
      });
      let total = 0;
      for (let batch = 0; batch < 1_000_000; batch += 1500) {
        const rows = [];
        for (let i = batch; i < Math.min(batch + 1500, 1_000_000); i++) {
          rows.push([id, i + 2, table.id, 'CHL', years[i % 125], 'VEN', 'F', 'Y15T24', i]);
        }
        total += await tx.bulkInsert('staged_observations', columns, rows);
      }
      return total;
    });
    return { ms: performance.now() - started, staged: count };
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const run = { baseline, validate, import: importIntoSqlite, 'insert-only': insertOnly }[mode];
if (!run) throw new Error(`measure: unknown mode ${mode}`);
// CPU time (all threads) beside wall time: on a busy machine it is the steadier of the two.
const cpuBefore = process.cpuUsage();
const result = await run();
const cpu = process.cpuUsage(cpuBefore);
result.cpuMs = Math.round((cpu.user + cpu.system) / 1000);
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify({ ...result, ms: Math.round(result.ms as number), peakRssMb })}\n`);
