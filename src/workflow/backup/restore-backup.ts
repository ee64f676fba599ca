// `sicremi restore FILE`: replaces the store's whole content with a backup's, in one
// transaction — a truncated or damaged backup changes nothing — and writes the original files
// back into the data directory, each checked against its SHA-256. The schema is first brought
// to the latest version; a backup from a newer SICREMI (unknown migrations) is refused, and so
// is one holding text with control characters (check-backup-text.ts), every such value listed.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { sql } from 'kysely';
import { migrateToLatest } from '../../store/migrate.js';
import { withoutSqliteDeleteGuard } from '../../store/migrations/audit-guard.js';
import { listMigrations } from '../../store/migrations/index.js';
import { type FileLocation, writeOriginalBytes } from '../../store/repositories/files.js';
import type { Store, StoreTx } from '../../store/store.js';
import { WorkflowError } from '../workflow-error.js';
import { BACKUP_FORMAT, type BackupLine, type BackupSummary } from './backup-format.js';
import { checkBackupText } from './check-backup-text.js';
import { listStoreTables } from './list-store-tables.js';

export async function restoreBackup(
  store: Store,
  dataDir: string | FileLocation,
  file: string,
): Promise<BackupSummary> {
  // Every row is checked before anything (even the schema) is written.
  await checkBackupText(file);
  await migrateToLatest(store);
  const tables = await listStoreTables(store);
  const lines = readLines(file);
  const first = (await lines.next()).value;
  const header = first && first.type === 'header' ? first : undefined;
  if (!header || header.format !== BACKUP_FORMAT) {
    throw new WorkflowError('BACKUP_INVALID', 400, { reason: 'not a SICREMI backup' });
  }
  const known = new Set(Object.keys(listMigrations(store.dialect)));
  const unknown = header.migrations.find((m: string) => !known.has(m));
  if (unknown)
    throw new WorkflowError('BACKUP_INVALID', 400, { reason: `made by a newer SICREMI (${unknown})` });

  const summary: BackupSummary = { tables: 0, rows: 0, files: 0, missingFiles: [] };
  await store.transaction(async (tx) => {
    await emptyTables(tx, store.dialect, tables);
    let ended = false;
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value;
      if (line.type === 'table') {
        if (!tables.includes(line.name))
          throw new WorkflowError('BACKUP_INVALID', 400, { reason: `unknown table ${line.name}` });
        summary.rows += await insertTable(tx, line.name, line.columns, lines);
        summary.tables++;
      } else if (line.type === 'file') {
        await restoreFile(tx, dataDir, line, lines);
        summary.files++;
      } else if (line.type === 'end') {
        ended = true;
        break;
      }
    }
    if (!ended) throw new WorkflowError('BACKUP_INVALID', 400, { reason: 'truncated (no end line)' });
    if (store.dialect === 'postgres') await resetSequences(tx, tables);
  });
  return summary;
}

async function* readLines(file: string): AsyncGenerator<BackupLine> {
  const input = createReadStream(file).pipe(createGunzip());
  const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const text of reader) {
      if (text) yield JSON.parse(text) as BackupLine;
    }
  } catch (error) {
    if (error instanceof SyntaxError || (error as { code?: string }).code?.startsWith('Z_')) {
      throw new WorkflowError('BACKUP_INVALID', 400, { reason: 'damaged' });
    }
    throw error;
  }
}

async function emptyTables(tx: StoreTx, dialect: string, tables: string[]): Promise<void> {
  if (dialect === 'postgres') {
    await sql`truncate ${sql.join(tables.map((t) => sql.id(t)))}`.execute(tx.db);
    return;
  }
  // SQLite checks foreign keys at commit, so rows can be replaced in any order.
  await sql`pragma defer_foreign_keys = on`.execute(tx.db);
  await withoutSqliteDeleteGuard(tx.db, async () => {
    for (const table of [...tables].reverse()) await sql`delete from ${sql.id(table)}`.execute(tx.db);
  });
}

async function insertTable(
  tx: StoreTx,
  table: string,
  columns: string[],
  lines: AsyncGenerator<BackupLine>,
): Promise<number> {
  let count = 0;
  let expected = -1;
  async function* rows() {
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value;
      if (line.type === 'end-table') {
        expected = line.count;
        return;
      }
      if (line.type !== 'rows')
        throw new WorkflowError('BACKUP_INVALID', 400, { reason: `bad line in ${table}` });
      for (const row of line.rows) yield row;
    }
  }
  if (columns.length === 0) {
    for await (const _ of rows());
    return 0;
  }
  count = await tx.bulkInsert(table as never, columns, rows());
  if (count !== expected)
    throw new WorkflowError('BACKUP_INVALID', 400, { reason: `truncated table ${table}` });
  return count;
}

async function restoreFile(
  tx: StoreTx,
  dataDir: string | FileLocation,
  file: Extract<BackupLine, { type: 'file' }>,
  lines: AsyncGenerator<BackupLine>,
): Promise<void> {
  const chunks: Buffer[] = [];
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const line = next.value;
    if (line.type === 'end-file') break;
    if (line.type !== 'chunk')
      throw new WorkflowError('BACKUP_INVALID', 400, { reason: `bad file ${file.sha256}` });
    chunks.push(Buffer.from(line.data, 'base64'));
  }
  const bytes = Buffer.concat(chunks);
  if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
    throw new WorkflowError('BACKUP_INVALID', 400, {
      reason: `file ${file.sha256} does not match its SHA-256`,
    });
  }
  await writeOriginalBytes(tx.db, dataDir, { sha256: file.sha256, storage_path: file.path }, bytes);
}

/** PostgreSQL serial columns continue after the restored ids. */
async function resetSequences(tx: StoreTx, tables: string[]): Promise<void> {
  for (const table of tables) {
    const hasId = await sql<{ n: number }>`
      select count(*)::int as n from information_schema.columns
      where table_schema = current_schema() and table_name = ${table} and column_name = 'id'
        and column_default like 'nextval%'`.execute(tx.db);
    if (!hasId.rows[0]?.n) continue;
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce(max(id), 0) + 1, false) from ${sql.id(table)}`.execute(
      tx.db,
    );
  }
}
