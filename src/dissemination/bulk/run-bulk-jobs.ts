// Runs the due bulk jobs: each table whose files are due is regenerated from what is public
// now, its jobs are then removed, and the whole-database zip is rebuilt from the tables' files.
// Any process may run this; jobs are leased, so two runners never regenerate the same table at
// once, and a runner that dies leaves its jobs to be taken again once the lease runs out.
import { randomUUID } from 'node:crypto';
import { getTable } from '../../framework/index.js';
import { listBulkFileContents, saveBulkFile } from '../../store/repositories/bulk-files.js';
import { claimDueBulkJobs, failBulkJobs, finishBulkJobs } from '../../store/repositories/bulk-jobs.js';
import type { Store } from '../../store/store.js';
import { describeBulkFile, generateBulkFiles } from './generate-bulk-files.js';
import { writeZip } from './write-zip.js';

export const ALL_TABLES_ZIP = 'sicremi-all.zip';
const LEASE_MS = 10 * 60_000;
const RETRY_MS = 60_000;

export interface BulkRunOptions {
  /** The runner's clock (ISO); defaults to the real time at each step. */
  now?: () => string;
  owner?: string;
  onError?: (tableId: string, error: unknown) => void;
}

export interface BulkRunOutcome {
  regenerated: string[];
  failed: string[];
}

const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

export async function runDueBulkJobs(store: Store, options: BulkRunOptions = {}): Promise<BulkRunOutcome> {
  const now = options.now ?? (() => new Date().toISOString());
  const owner = options.owner ?? randomUUID();
  const outcome: BulkRunOutcome = { regenerated: [], failed: [] };
  for (;;) {
    const start = now();
    const claimed = await claimDueBulkJobs(store.db, owner, start, later(start, LEASE_MS));
    if (!claimed) break;
    try {
      const table = getTable(claimed.tableId);
      if (table) {
        const files = await generateBulkFiles(store, table, start);
        await store.transaction(async (tx) => {
          for (const file of files) await saveBulkFile(tx.db, file);
          await finishBulkJobs(tx.db, claimed.ids);
        });
      } else {
        await finishBulkJobs(store.db, claimed.ids);
      }
      outcome.regenerated.push(claimed.tableId);
    } catch (error) {
      options.onError?.(claimed.tableId, error);
      await failBulkJobs(store.db, claimed.ids, String(error), later(now(), RETRY_MS));
      outcome.failed.push(claimed.tableId);
    }
  }
  if (outcome.regenerated.length > 0) await rebuildAllTablesZip(store, now());
  return outcome;
}

/** sicremi-all.zip: every table's CSV and SDMX-CSV, unzipped to plain .csv files. */
export async function rebuildAllTablesZip(store: Store, at: string): Promise<void> {
  const files = await listBulkFileContents(store.db);
  const zip = writeZip(
    files.map((f) => ({
      name: f.name.replace(/\.gz$/, ''),
      gzip: f.content,
      modified: new Date(f.generatedAt),
    })),
  );
  const releaseIds = [...new Set(files.flatMap((f) => f.releaseIds))].sort((a, b) => a - b);
  await saveBulkFile(
    store.db,
    describeBulkFile(ALL_TABLES_ZIP, null, 'application/zip', zip, at, releaseIds),
  );
}
