// Publishes each demo dataset as one release of its table, in one transaction per dataset, in
// the order their editions were published and dated by that publication (FRAMEWORK §9): `asOf`
// before IMS2020's date shows IMS2019 as it was, and IMS2020 then revises the cells it covers.
// Loading is idempotent and upgrades: a dataset already published from the same extract file
// (same SHA-256) is skipped; one published from an older extract (or none) is published anew,
// and so is every later edition of its source, so the newest edition stays on top. A
// republication is never dated before a release already in the store.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { publishRelease } from '../store/repositories/releases.js';
import type { Store, StoreTx } from '../store/store.js';
import type { DemoDataset } from './demo-dataset.js';
import { loadDemoPolicyEvents } from './policy-events/load-demo-policy-events.js';
import { DEMO_DATA_DIR, readDemoDatasets } from './read-demo-data.js';

export interface LoadDemoOptions {
  /** The datasets to load; defaults to those shipped in data/. */
  datasets?: DemoDataset[];
}

export interface LoadDemoOutcome {
  loaded: string[];
  skipped: string[];
}

export async function loadDemoData(store: Store, opts: LoadDemoOptions = {}): Promise<LoadDemoOutcome> {
  const datasets = sortByPublication(opts.datasets ?? (await readDemoDatasets()));
  const outcome: LoadDemoOutcome = { loaded: [], skipped: [] };
  const republishedSources = new Set<string>();
  for (const dataset of datasets) {
    const sha256 = dataset.fileSha256 ?? (await hashDemoFile(dataset));
    const sourceKey = `${dataset.table.id}|${dataset.sourceEdition?.id ?? dataset.id}`;
    const published = await store.transaction(async (tx) => {
      const current = await hasDemoRelease(tx, dataset, sha256);
      if (current && !republishedSources.has(sourceKey)) return false;
      await publishRelease(tx, {
        table: dataset.table,
        publishedAt: await chooseReleaseTime(tx, dataset),
        notes: `Demo data (${dataset.id}): real published figures, see src/demo/README.md`,
        source: { ...dataset.source, demoDataset: dataset.id },
        sourceEdition: dataset.sourceEdition ?? null,
        fileSha256: sha256,
        observations: dataset.observations.map((observation, index) => ({
          observation,
          // The extract's CSV line (line 1 is the header), and where the publisher's file has it.
          sourceRow: index + 2,
          sourceRef: expandSourceRef(dataset, observation.sourceRef),
        })),
      });
      return true;
    });
    if (published) republishedSources.add(sourceKey);
    (published ? outcome.loaded : outcome.skipped).push(dataset.id);
  }
  // The shipped demo also publishes its policy developments (issue 21); a test's own datasets do not.
  if (!opts.datasets) await loadDemoPolicyEvents(store, new Date().toISOString());
  return outcome;
}

/** "T1:row 255" → the original file and sheet its prefix names, then the row. */
export function expandSourceRef(dataset: DemoDataset, ref: string | null | undefined): string | null {
  if (!ref) return null;
  return ref
    .split(' ')
    .reduce<string[]>((parts, word) => {
      const match = /^([A-Z][A-Z0-9]*):(.*)$/.exec(word);
      const file = match ? dataset.sourceFiles?.[match[1]!] : undefined;
      if (match && file) parts.push(`${file}, ${match[2]}`);
      else if (parts.length > 0) parts[parts.length - 1] += ` ${word}`;
      else parts.push(word);
      return parts;
    }, [])
    .join('; ');
}

/** Publication order of the editions; datasets of one day keep their order in sources.json. */
function sortByPublication(datasets: readonly DemoDataset[]): DemoDataset[] {
  return datasets
    .map((d, index) => ({ d, index }))
    .sort((a, b) => (a.d.published ?? '').localeCompare(b.d.published ?? '') || a.index - b.index)
    .map(({ d }) => d);
}

/**
 * The edition's publication day (noon UTC), or — when the store already holds a later release
 * of the table (an upgrade) — just after it: a release never supersedes a later one.
 */
async function chooseReleaseTime(tx: StoreTx, dataset: DemoDataset): Promise<string> {
  const own = dataset.published ? `${dataset.published}T12:00:00.000Z` : new Date().toISOString();
  const latest = await tx.db
    .selectFrom('releases')
    .select((eb) => eb.fn.max('published_at').as('last'))
    .where('table_id', '=', dataset.table.id)
    .executeTakeFirst();
  const last = latest?.last ?? null;
  if (last === null || last < own) return own;
  return new Date(Date.parse(last) + 1000).toISOString();
}

async function hashDemoFile(dataset: DemoDataset): Promise<string | null> {
  if (!dataset.file) return null;
  const bytes = await readFile(new URL(dataset.file, DEMO_DATA_DIR));
  return createHash('sha256').update(bytes).digest('hex');
}

/** True when the dataset is already published from this very extract file. */
async function hasDemoRelease(tx: StoreTx, dataset: DemoDataset, sha256: string | null): Promise<boolean> {
  const releases = await tx.db
    .selectFrom('releases')
    .select(['source', 'file_sha256'])
    .where('table_id', '=', dataset.table.id)
    .execute();
  return releases.some(
    (r) => readDemoDatasetId(r.source) === dataset.id && (sha256 === null || r.file_sha256 === sha256),
  );
}

function readDemoDatasetId(source: string): string | undefined {
  try {
    const parsed = JSON.parse(source) as { demoDataset?: unknown };
    return typeof parsed.demoDataset === 'string' ? parsed.demoDataset : undefined;
  } catch {
    return undefined;
  }
}
