// Builds SICREMI's demo data from the real published figures in ../shared/data: one compact
// CSV per dataset in src/demo/data, sources.json citing each source, and src/demo/README.md.
// Nothing is written unless every dataset passes its checks (codes in their code lists,
// totals that add up, published figures reproduced); the app only ever reads the extract.
//
//   node --import tsx scripts/extract-demo-data.ts [path/to/shared/data]
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDemoCsv } from '../src/demo/demo-csv.js';
import type { DemoDatasetEntry, DemoSources } from '../src/demo/demo-dataset.js';
import { extractDemoDatasets, listExtractProblems } from '../src/demo/extract/extract-demo-datasets.js';
import type { ExtractedDataset } from '../src/demo/extract/extracted-dataset.js';
import { formatDemoReadme } from '../src/demo/extract/format-readme.js';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = process.argv[2] ?? join(projectRoot, '..', 'shared', 'data');
const demoDir = join(projectRoot, 'src', 'demo');
const dataDir = join(demoDir, 'data');

function writeDatasets(datasets: readonly ExtractedDataset[]): DemoDatasetEntry[] {
  mkdirSync(dataDir, { recursive: true });
  const files = new Set(datasets.map((d) => d.file));
  for (const stale of readdirSync(dataDir).filter((f) => f.endsWith('.csv') && !files.has(f))) {
    rmSync(join(dataDir, stale));
  }
  const entries = datasets.map((d) => {
    writeFileSync(join(dataDir, d.file), formatDemoCsv(d.table, d.observations));
    return {
      id: d.id,
      tableId: d.table.id,
      file: d.file,
      rows: d.observations.length,
      source: d.source,
      sourceFiles: d.sourceFiles,
      checks: d.checks,
    };
  });
  const sources: DemoSources = { generatedBy: 'scripts/extract-demo-data.ts', datasets: entries };
  writeFileSync(join(dataDir, 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
  return entries;
}

async function main(): Promise<number> {
  if (!existsSync(sharedDir)) {
    console.error(`No shared data at ${sharedDir}: pass its path as the first argument.`);
    return 1;
  }
  const datasets = await extractDemoDatasets(sharedDir);
  const problems = listExtractProblems(datasets);
  if (problems.length > 0) {
    console.error(`Nothing written: ${problems.length} problems.`);
    for (const p of problems.slice(0, 50)) console.error(`  ${p}`);
    return 1;
  }
  const entries = writeDatasets(datasets);
  const bytes = new Map(entries.map((e) => [e.file, statSync(join(dataDir, e.file)).size]));
  writeFileSync(join(demoDir, 'README.md'), formatDemoReadme(entries, bytes));
  for (const e of entries) {
    console.log(
      `${e.id.padEnd(28)} ${e.tableId.padEnd(16)} ${String(e.rows).padStart(6)} rows ${bytes.get(e.file)} bytes`,
    );
    for (const c of e.checks) console.log(`    ok  ${c.what}: ${c.found}`);
  }
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  console.log(`${entries.length} datasets, ${total} bytes in ${dataDir}`);
  return 0;
}

process.exitCode = await main();
