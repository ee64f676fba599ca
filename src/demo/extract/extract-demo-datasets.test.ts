// Golden check: the CSVs and sources.json shipped in src/demo/data are exactly what the
// extractor makes of the shared snapshot. Needs ../shared/data, so it skips without it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatDemoCsv } from '../demo-csv.js';
import { DEMO_DATA_DIR, readDemoSources } from '../read-demo-data.js';
import { extractDemoDatasets, listExtractProblems } from './extract-demo-datasets.js';
import type { ExtractedDataset } from './extracted-dataset.js';

const sharedDir = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const hasShared = existsSync(sharedDir);
if (!hasShared) console.log(`# demo extract golden tests skipped: no shared data at ${sharedDir}`);

describe('demo extract from ../shared/data', { skip: !hasShared }, () => {
  let datasets: ExtractedDataset[];
  before(async () => {
    datasets = await extractDemoDatasets(sharedDir);
  });

  test('finds no problem: codes, totals, overlaps and published figures all check', () => {
    assert.deepEqual(listExtractProblems(datasets), []);
  });

  test('matches the shipped CSVs and sources.json (run scripts/extract-demo-data.ts if not)', async () => {
    const shipped = await readDemoSources();
    assert.deepEqual(
      shipped.datasets.map((e) => e.id),
      datasets.map((d) => d.id),
    );
    for (const d of datasets) {
      const file = readFileSync(new URL(d.file, DEMO_DATA_DIR), 'utf8');
      assert.equal(file, formatDemoCsv(d.table, d.observations), d.file);
      const entry = shipped.datasets.find((e) => e.id === d.id);
      assert.deepEqual(
        { source: entry?.source, sourceFiles: entry?.sourceFiles, checks: entry?.checks },
        { source: d.source, sourceFiles: d.sourceFiles, checks: d.checks },
      );
    }
  });
});
