// `sicremi backup --out FILE`: the whole store, read in one snapshot transaction, and every
// original file of the data directory, into one gzip file (format in backup-format.ts).
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'kysely';
import { PRIVATE_FILE_MODE } from '../../store/private-files.js';
import { asFileLocation, type FileLocation, readOriginalFile } from '../../store/repositories/files.js';
import type { Store, StoreTx } from '../../store/store.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupLine, type BackupSummary } from './backup-format.js';
import { listStoreTables } from './list-store-tables.js';
import { readTableRows } from './read-table-rows.js';

// A file's bytes travel as `file` lines, wherever they are kept, not as rows of file_chunks.
const KEPT_AS_FILES = 'file_chunks';

export async function createBackup(
  store: Store,
  dataDir: string | FileLocation,
  outFile: string,
): Promise<BackupSummary> {
  const summary: BackupSummary = { tables: 0, rows: 0, files: 0, missingFiles: [] };
  const temporary = `${outFile}.${process.pid}.partial`;
  // Listed before the transaction: on SQLite the transaction holds the one connection.
  const tables = await listStoreTables(store);
  await store.transaction(async (tx) => {
    if (store.dialect === 'postgres') {
      await sql`set transaction isolation level repeatable read, read only`.execute(tx.db);
    }
    const lines = Readable.from(writeLines(store, tx, tables, dataDir, summary));
    await pipeline(lines, createGzip(), createWriteStream(temporary, { mode: PRIVATE_FILE_MODE }));
  });
  // Only a complete backup gets the name asked for.
  await rename(temporary, outFile);
  return summary;
}

async function* writeLines(
  store: Store,
  tx: StoreTx,
  tables: string[],
  dataDir: string | FileLocation,
  summary: BackupSummary,
): AsyncGenerator<string> {
  const line = (value: BackupLine) => `${JSON.stringify(value)}\n`;
  const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
    tx.db,
  );
  yield line({
    type: 'header',
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    dialect: store.dialect,
    migrations: migrations.rows.map((m) => m.name),
  });
  for (const table of tables.filter((name) => name !== KEPT_AS_FILES)) {
    let columns: string[] | undefined;
    let count = 0;
    for await (const batch of readTableRows(tx, store.dialect, table)) {
      if (!columns) {
        columns = Object.keys(batch[0]!);
        yield line({ type: 'table', name: table, columns });
      }
      yield line({ type: 'rows', rows: batch.map((row) => columns!.map((c) => row[c] ?? null)) });
      count += batch.length;
    }
    if (!columns) yield line({ type: 'table', name: table, columns: [] });
    yield line({ type: 'end-table', name: table, count });
    summary.tables++;
    summary.rows += count;
  }
  const files = await tx.db.selectFrom('files').select(['sha256', 'storage_path', 'size']).execute();
  for (const file of files) {
    const bytes = await readOriginalFile(tx.db, asFileLocation(dataDir), file);
    if (!bytes) {
      summary.missingFiles.push(file.sha256);
      continue;
    }
    yield line({ type: 'file', sha256: file.sha256, path: file.storage_path, size: Number(file.size) });
    for (let offset = 0; offset < bytes.byteLength; offset += 768 * 1024) {
      yield line({ type: 'chunk', data: bytes.subarray(offset, offset + 768 * 1024).toString('base64') });
    }
    yield line({ type: 'end-file', sha256: file.sha256 });
    summary.files++;
  }
  yield line({ type: 'end', tables: summary.tables, rows: summary.rows, files: summary.files });
}
