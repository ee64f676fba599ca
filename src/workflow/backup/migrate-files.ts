// `sicremi files migrate`: copies every original file to where this configuration keeps new
// ones (PostgreSQL, or SICREMI_FILES_DIR), from wherever it is kept now (the data directory of
// a single-process install, the database, another directory). Each file is checked against its
// SHA-256 before it is written; the sources are left in place, to be removed by the operator.
import { type FileLocation, readOriginalFile, writeOriginalBytes } from '../../store/repositories/files.js';
import type { Store } from '../../store/store.js';

export interface FileMigrationSummary {
  copied: number;
  alreadyThere: number;
  /** Files whose bytes were found nowhere. */
  missing: string[];
}

export async function migrateFiles(store: Store, target: FileLocation): Promise<FileMigrationSummary> {
  const summary: FileMigrationSummary = { copied: 0, alreadyThere: 0, missing: [] };
  const files = await store.db
    .selectFrom('files')
    .select(['sha256', 'storage_path'])
    .orderBy('sha256')
    .execute();
  for (const file of files) {
    const bytes = await readOriginalFile(store.db, target, file);
    if (!bytes) {
      summary.missing.push(file.sha256);
      continue;
    }
    const written = await store.transaction((tx) => writeOriginalBytes(tx.db, target, file, bytes));
    if (written) summary.copied++;
    else summary.alreadyThere++;
  }
  return summary;
}
