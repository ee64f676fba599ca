// `npm run bench:pivot` — the explorer's pivot laid out on the server (GET /api/data/:table/pivot)
// against the flat JSON read of the same observations (GET /api/data/:table), the baseline, in
// the same run and process. SYNTHETIC BENCHMARK DATA: one MIG_STOCK_FB release of 35 member
// states × 30 years × 63 countries of birth × 3 sexes = 198,450 observations (just under the
// pivot's 200,000 limit), one cell in a thousand confidential so disclosure control works.
// Each measurement is the median of five; the answer cache is off, and every cold pivot has its
// own address, so nothing is served from a previous run.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCodelist, getTable, MEMBER_STATES } from '../src/framework/index.js';
import type { Observation } from '../src/framework/observation.js';
import { buildApp } from '../src/server/app.js';
import { openSqlite } from '../src/store/dialects/sqlite/open-sqlite.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { publishRelease } from '../src/store/repositories/releases.js';

const RUNS = 5;
const table = getTable('MIG_STOCK_FB')!;
const origins = (getCodelist('CL_AREA')?.codes ?? [])
  .map((c) => c.id)
  .filter((id) => /^[A-Z]{3}$/.test(id))
  .slice(0, 63);
const years = Array.from({ length: 30 }, (_, i) => String(1991 + i));

function* observations(): Generator<{ observation: Observation }> {
  let n = 0;
  for (const area of MEMBER_STATES) {
    for (const year of years) {
      for (const origin of origins) {
        for (const sex of ['_T', 'F', 'M']) {
          n++;
          yield {
            observation: {
              table: table.id,
              key: { REF_AREA: area, COUNTRY_OF_BIRTH: origin, SEX: sex, AGE: '_T', TIME_PERIOD: year },
              value: 1000 + ((n * 7919) % 100_000),
              status: 'A',
              conf: n % 1000 === 0 ? 'C' : 'F',
            },
          };
        }
      }
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const dir = mkdtempSync(join(tmpdir(), 'sicremi-bench-pivot-'));
const store = openSqlite(join(dir, 'bench.sqlite'));
try {
  await prepareStore(store);
  const all = [...observations()];
  await store.transaction((tx) =>
    publishRelease(tx, {
      table,
      publishedAt: '2026-01-01T00:00:00.000Z',
      notes: 'SYNTHETIC BENCHMARK DATA',
      source: { publisher: 'SYNTHETIC BENCHMARK DATA (not real figures)', table: table.id },
      observations: all,
    }),
  );
  const app = await buildApp({
    store,
    config: { logLevel: 'silent', maxUploadBytes: 1e6, answerCacheEntries: 0, publicReadsPerMinute: 0 },
  });
  let unique = 0;
  const time = async (url: () => string): Promise<{ ms: number; bytes: number }> => {
    const ms: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const response = await app.inject(url());
      ms.push(performance.now() - started);
      if (response.statusCode !== 200)
        throw new Error(`${response.statusCode} ${response.body.slice(0, 200)}`);
      bytes = response.rawPayload.length;
    }
    return { ms: median(ms), bytes };
  };
  const layout = 'rows=REF_AREA,COUNTRY_OF_BIRTH&cols=SEX,TIME_PERIOD';
  const rssBefore = process.memoryUsage().rss;
  const flat = await time(() => '/api/data/MIG_STOCK_FB?limit=200000');
  const cold = await time(() => `/api/data/MIG_STOCK_FB/pivot?${layout}&rowLimit=100&run=${unique++}`);
  await app.inject(`/api/data/MIG_STOCK_FB/pivot?${layout}&rowLimit=100`);
  const windows = await time(
    () => `/api/data/MIG_STOCK_FB/pivot?${layout}&offset=${(unique++ * 997) % 2000}&rowLimit=100`,
  );
  // The first answer after a publish (issue 23): one country's new figures for one year, then
  // the same pivot, its layout and the new release's protections cold. Timed once: it is a first.
  await store.transaction((tx) =>
    publishRelease(tx, {
      table,
      publishedAt: new Date().toISOString(),
      notes: 'SYNTHETIC BENCHMARK DATA',
      source: { publisher: 'SYNTHETIC BENCHMARK DATA (not real figures)', table: table.id },
      observations: all
        .filter((o) => o.observation.key.REF_AREA === 'CHL' && o.observation.key.TIME_PERIOD === '2020')
        .map((o) => ({ observation: { ...o.observation, value: (o.observation.value ?? 0) + 1 } })),
    }),
  );
  const started = performance.now();
  const afterPublish = await app.inject(`/api/data/MIG_STOCK_FB/pivot?${layout}&rowLimit=100`);
  const firstAfterPublish = { ms: performance.now() - started, bytes: afterPublish.rawPayload.length };
  if (afterPublish.statusCode !== 200) throw new Error(`${afterPublish.statusCode}`);
  const rssAfter = process.memoryUsage().rss;
  await app.close();

  const rows = [
    ['(baseline) flat JSON of all 198,450 observations, /api/data', flat],
    ['pivot, cold: read, disclosure control, layout, first 100 rows', cold],
    ['pivot, next windows of 100 rows (layout kept)', windows],
    ['pivot, first answer after a publish (one country, one year)', firstAfterPublish],
  ] as const;
  console.log(`\n${all.length.toLocaleString('en')} observations, median of ${RUNS}, answer cache off\n`);
  console.log('| Request | Time | Ratio to baseline | Answer size |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name, m] of rows) {
    console.log(
      `| ${name} | ${m.ms.toFixed(0)} ms | ${(m.ms / flat.ms).toFixed(2)} × | ${(m.bytes / 1024).toFixed(0)} kB |`,
    );
  }
  const met = (ms: number) => (ms <= 300 ? 'met' : 'NOT met');
  console.log(
    `\nTarget (issue 23): the cold 200k pivot ≤ 300 ms: ${met(cold.ms)} (${cold.ms.toFixed(0)} ms, ${(cold.ms / 300).toFixed(2)}×)`,
  );
  console.log(
    `… and after a publish: ${met(firstAfterPublish.ms)} (${firstAfterPublish.ms.toFixed(0)} ms, ${(firstAfterPublish.ms / 300).toFixed(2)}×)`,
  );
  console.log(
    `Load average (1, 5, 15 min): ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  console.log(`\nProcess RSS ${(rssBefore / 2 ** 20).toFixed(0)} → ${(rssAfter / 2 ** 20).toFixed(0)} MB`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
