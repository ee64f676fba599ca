// Reads the demo datasets shipped in data/ (never ../shared: the project carries its own
// extract). sources.json lists the datasets in load order; each CSV holds one table's figures.
import { readFile } from 'node:fs/promises';
import { getTable } from '../framework/index.js';
import { parseDemoCsv } from './demo-csv.js';
import type { DemoDataset, DemoSources } from './demo-dataset.js';

export const DEMO_DATA_DIR = new URL('./data/', import.meta.url);

export async function readDemoSources(dir: URL = DEMO_DATA_DIR): Promise<DemoSources> {
  return JSON.parse(await readFile(new URL('sources.json', dir), 'utf8')) as DemoSources;
}

export async function readDemoDatasets(dir: URL = DEMO_DATA_DIR): Promise<DemoDataset[]> {
  const sources = await readDemoSources(dir);
  return Promise.all(
    sources.datasets.map(async (entry) => {
      const table = getTable(entry.tableId);
      if (!table) throw new Error(`demo dataset ${entry.id}: unknown table ${entry.tableId}`);
      const text = await readFile(new URL(entry.file, dir), 'utf8');
      const observations = parseDemoCsv(table, text, entry.file);
      if (observations.length !== entry.rows) {
        throw new Error(`${entry.file}: ${observations.length} rows, sources.json says ${entry.rows}`);
      }
      return {
        id: entry.id,
        table,
        source: { ...entry.source, demoDataset: entry.id },
        observations,
        sourceEdition: { id: entry.source.id, edition: entry.source.edition },
        published: entry.source.published,
        file: entry.file,
        sourceFiles: entry.sourceFiles,
      };
    }),
  );
}
