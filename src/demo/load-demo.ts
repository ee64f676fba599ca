// Publishes each demo dataset as one release of its table, in one transaction per dataset.
// Loading is idempotent: a dataset whose id is already in some release's source is skipped,
// so a store that already shows the demo (or was loaded in part) is completed, never doubled.
// Datasets of one table cover disjoint (country, year) cells, because a release replaces
// what was published before for every country and year it covers.
import { publishRelease } from '../store/repositories/releases.js';
import type { Store, StoreTx } from '../store/store.js';
import type { DemoDataset } from './demo-dataset.js';
import { loadDemoPolicyEvents } from './policy-events/load-demo-policy-events.js';
import { readDemoDatasets } from './read-demo-data.js';

export interface LoadDemoOptions {
  /** Publication time of the releases (ISO); defaults to now. */
  publishedAt?: string;
  /** The datasets to load; defaults to those shipped in data/. */
  datasets?: DemoDataset[];
}

export interface LoadDemoOutcome {
  loaded: string[];
  skipped: string[];
}

export async function loadDemoData(store: Store, opts: LoadDemoOptions = {}): Promise<LoadDemoOutcome> {
  const datasets = opts.datasets ?? (await readDemoDatasets());
  const publishedAt = opts.publishedAt ?? new Date().toISOString();
  const outcome: LoadDemoOutcome = { loaded: [], skipped: [] };
  for (const dataset of datasets) {
    const published = await store.transaction(async (tx) => {
      if (await hasDemoRelease(tx, dataset)) return false;
      await publishRelease(tx, {
        table: dataset.table,
        publishedAt,
        notes: `Demo data (${dataset.id}): real published figures, see src/demo/README.md`,
        source: { ...dataset.source, demoDataset: dataset.id },
        observations: dataset.observations.map((observation, index) => ({
          observation,
          // The CSV line the figure came from (line 1 is the header).
          sourceRow: index + 2,
        })),
      });
      return true;
    });
    (published ? outcome.loaded : outcome.skipped).push(dataset.id);
  }
  // The shipped demo also publishes its policy developments (issue 21); a test's own datasets do not.
  if (!opts.datasets) await loadDemoPolicyEvents(store, publishedAt);
  return outcome;
}

async function hasDemoRelease(tx: StoreTx, dataset: DemoDataset): Promise<boolean> {
  const releases = await tx.db
    .selectFrom('releases')
    .select('source')
    .where('table_id', '=', dataset.table.id)
    .execute();
  return releases.some((r) => readDemoDatasetId(r.source) === dataset.id);
}

function readDemoDatasetId(source: string): string | undefined {
  try {
    const parsed = JSON.parse(source) as { demoDataset?: unknown };
    return typeof parsed.demoDataset === 'string' ? parsed.demoDataset : undefined;
  } catch {
    return undefined;
  }
}
