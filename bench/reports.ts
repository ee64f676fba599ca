// Benchmark of report generation (issue 7): a country note PDF (target ≤ 2 s) and the regional
// report for the demo data (target ≤ 20 s), on a fresh SQLite store loaded with the demo
// datasets. Prints one line per measurement; not a timed test. Run: npm run bench:reports
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemoData } from '../src/demo/load-demo.js';
import type { Lang } from '../src/framework/types.js';
import type { ReportScope } from '../src/reports/build-report.js';
import { createStoreDataSource } from '../src/reports/data/store-data-source.js';
import { generateReportFor } from '../src/reports/generate-report.js';
import { openSqlite } from '../src/store/dialects/sqlite/open-sqlite.js';
import { prepareStore } from '../src/store/prepare-store.js';

const TARGETS = { country: 2000, region: 20000 };

async function time(
  label: string,
  scope: ReportScope,
  lang: Lang,
  format: 'pdf' | 'html',
  run: typeof generateReportFor,
  source: ReturnType<typeof createStoreDataSource>,
) {
  const started = performance.now();
  const report = await run(source, { scope, lang, format, pin: {} });
  const ms = performance.now() - started;
  const target = TARGETS[scope.kind === 'country' ? 'country' : 'region'];
  const verdict = format === 'pdf' ? (ms <= target ? 'ok' : 'OVER TARGET') : '';
  console.log(
    `${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${(report.body.length / 1024).toFixed(0).padStart(5)} kB  ${verdict}`,
  );
  return ms;
}

const dir = mkdtempSync(join(tmpdir(), 'sicremi-bench-reports-'));
const store = openSqlite(join(dir, 'bench.sqlite'));
try {
  await prepareStore(store);
  await loadDemoData(store);
  const source = createStoreDataSource(store.db);
  console.log(`report generation on SQLite, demo data, Node ${process.version}`);
  await time(
    'country note ARG pdf en (cold)',
    { kind: 'country', iso3: 'ARG' },
    'en',
    'pdf',
    generateReportFor,
    source,
  );
  for (const [iso3, lang] of [
    ['ARG', 'es'],
    ['CAN', 'fr'],
    ['USA', 'pt'],
    ['MEX', 'en'],
  ] as const) {
    await time(
      `country note ${iso3} pdf ${lang}`,
      { kind: 'country', iso3 },
      lang,
      'pdf',
      generateReportFor,
      source,
    );
  }
  await time(
    'country note CAN html fr',
    { kind: 'country', iso3: 'CAN' },
    'fr',
    'html',
    generateReportFor,
    source,
  );
  await time('regional report pdf en', { kind: 'region' }, 'en', 'pdf', generateReportFor, source);
  await time('regional report pdf es', { kind: 'region' }, 'es', 'pdf', generateReportFor, source);
  await time('regional report html fr', { kind: 'region' }, 'fr', 'html', generateReportFor, source);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
