// Benchmark of the ingest pipeline (issue 3); not a timed test. Generates a 1,000,000-row long
// CSV (MIG_STOCK_FB, quoted fields, ≈45 MB) in a temporary directory and measures, in the same
// run and each in its own child process: a bare papaparse streaming pass (the baseline),
// `validate`, and `import` into a fresh SQLite store; then a 200,000-row XLSX through `validate`.
// Targets: import ≤ 2.5 × the baseline, peak RSS ≤ 400 MB; XLSX peak RSS ≤ 300 MB. Also shown:
// the bare SQLite insert of as many rows, the floor under import. CPU time (all threads) is
// printed beside wall time, as it is the steadier of the two on a shared machine.
// The CSV measurements run in 3 rounds (ratios taken within a round); times and ratios are
// medians, peak RSS the highest. Run: npm run bench:ingest [-- --runs N]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateLongCsv } from './ingest/generate-long-csv.js';
import { generateXlsx } from './ingest/generate-xlsx.js';

interface Measurement {
  ms: number;
  peakRssMb: number;
  [key: string]: unknown;
}

const MEASURE = new URL('./ingest/measure.ts', import.meta.url).pathname;
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);

function measure(mode: string, file: string): Measurement {
  const output = execFileSync(process.execPath, ['--import', 'tsx', MEASURE, mode, file], {
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').at(-1) as string);
}

const MODES = ['baseline', 'validate', 'import', 'insert-only'] as const;
type Mode = (typeof MODES)[number];

/**
 * Each round runs every measurement back to back, and ratios are taken within a round: when the
 * machine's load drifts (it is shared), the baseline and what it is compared with drift together.
 */
function measureRounds(file: string): Record<Mode, Measurement[]> {
  const rounds = Object.fromEntries(MODES.map((mode) => [mode, [] as Measurement[]])) as Record<
    Mode,
    Measurement[]
  >;
  for (let round = 0; round < runs; round++) for (const mode of MODES) rounds[mode].push(measure(mode, file));
  return rounds;
}

const middle = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

function summarize(
  all: Measurement[],
  base: Measurement[],
): Measurement & { ratio: number; cpuRatio: number; rounds: number[]; cpuRounds: number[] } {
  const rounds = all.map((m, i) => m.ms / (base[i] as Measurement).ms);
  const cpuRounds = all.map((m, i) => (m.cpuMs as number) / ((base[i] as Measurement).cpuMs as number));
  return {
    rounds,
    cpuRounds,
    // CPU seconds move less with the machine's load than wall time: the steadier ratio.
    cpuRatio: middle(cpuRounds),
    ms: middle(all.map((m) => m.ms)),
    cpuMs: middle(all.map((m) => m.cpuMs as number)),
    peakRssMb: Math.max(...all.map((m) => m.peakRssMb)),
    ratio: middle(rounds),
    staged: all[0]?.staged,
    status: all[0]?.status,
    byCode: all[0]?.byCode,
  };
}

const line = (label: string, m: Measurement, extra = '') =>
  console.log(
    `${label.padEnd(40)} ${String(m.ms).padStart(6)} ms (cpu ${String(m.cpuMs).padStart(5)} ms)   peak RSS ${String(m.peakRssMb).padStart(4)} MB${extra}`,
  );

const dir = mkdtempSync(join(tmpdir(), 'sicremi-bench-ingest-'));
try {
  const csv = join(dir, 'stock-fb-1m.csv');
  const rows = await generateLongCsv(csv);
  console.log(
    `input: ${rows.toLocaleString('en-US')} rows, ${(statSync(csv).size / 1e6).toFixed(1)} MB (${csv})`,
  );
  console.log(
    `node ${process.version}, ${runs} rounds; times and ratios are medians, peak RSS the highest\n`,
  );

  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(', ');
  console.log(`load average (1, 5, 15 min) before the rounds: ${load()}`);
  const rounds = measureRounds(csv);
  console.log(`load average after the rounds: ${load()}\n`);
  const base = summarize(rounds.baseline, rounds.baseline);
  line('papaparse streaming pass (baseline)', base);
  const validated = summarize(rounds.validate, rounds.baseline);
  line('sicremi validate', validated, `   ${validated.ratio.toFixed(2)} × baseline`);
  const imported = summarize(rounds.import, rounds.baseline);
  const ratio = imported.ratio;
  line(
    'sicremi import into SQLite',
    imported,
    `   ${ratio.toFixed(2)} × baseline (CPU ${imported.cpuRatio.toFixed(2)} ×)`,
  );
  const floor = summarize(rounds['insert-only'], rounds.baseline);
  line('  floor: bare SQLite insert of 1M rows', floor, `   ${floor.ratio.toFixed(2)} × baseline`);
  console.log(
    `   staged ${imported.staged} observations (${imported.status}); validate found ${JSON.stringify(validated.byCode)}`,
  );

  const xlsx = join(dir, 'stock-fb-200k.xlsx');
  const xlsxRows = await generateXlsx(csv, xlsx, 200_000);
  console.log(
    `\ninput: ${xlsxRows.toLocaleString('en-US')} rows XLSX, ${(statSync(xlsx).size / 1e6).toFixed(1)} MB`,
  );
  const sheet = measure('validate', xlsx);
  line('sicremi validate (XLSX, streamed)', sheet);

  console.log('\ntargets:');
  console.log(`  import ≤ 2.5 × baseline:        ${ratio.toFixed(2)} ×  ${ratio <= 2.5 ? 'met' : 'NOT met'}`);
  const each = (ratios: number[]) => ratios.map((r) => r.toFixed(2)).join(', ');
  const everyRound = imported.rounds.every((r) => r <= 2.5);
  console.log(`  … in every round:              ${each(imported.rounds)}  ${everyRound ? 'met' : 'NOT met'}`);
  console.log(
    `  import CPU s ÷ baseline CPU s:  ${imported.cpuRatio.toFixed(2)} ×  (rounds: ${each(imported.cpuRounds)})`,
  );
  console.log(
    `  import peak RSS ≤ 400 MB:       ${imported.peakRssMb} MB  ${imported.peakRssMb <= 400 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  XLSX peak RSS ≤ 300 MB:         ${sheet.peakRssMb} MB  ${sheet.peakRssMb <= 300 ? 'met' : 'NOT met'}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
