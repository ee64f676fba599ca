// Original submitted files are kept as they came, content-addressed by SHA-256: a file is
// written once and never overwritten, so every published figure can be traced to its bytes.
// Where the bytes live is a FileLocation: in the database (PostgreSQL, chunks in file_chunks,
// written in the importing transaction) so every process reads them, or in a directory (the
// data directory, or SICREMI_FILES_DIR shared by every process). Reads look in the database
// first, then in each directory, so files kept before a move stay readable.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import { PRIVATE_FILE_MODE } from '../private-files.js';
import type { Database } from '../schema.js';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface StoredFile {
  sha256: string;
  size: number;
  storagePath: string;
  alreadyKnown: boolean;
}

export interface FileLocation {
  /** Where new files are written: 'database', or a directory. */
  write: 'database' | string;
  /** Directories read too (files kept before SICREMI_FILES_DIR or PostgreSQL storage). */
  directories: string[];
}

/** SICREMI_FILES_DIR when set; else the database on PostgreSQL; else the data directory. */
export function fileLocation(
  config: Pick<Config, 'dataDir'> & Partial<Pick<Config, 'filesDir' | 'databaseUrl'>>,
): FileLocation {
  const directories = [...new Set([config.filesDir, config.dataDir].filter((d): d is string => Boolean(d)))];
  if (config.filesDir) return { write: config.filesDir, directories };
  return { write: config.databaseUrl ? 'database' : config.dataDir, directories };
}

/** A location given as a bare data directory (callers from before FileLocation). */
export function asFileLocation(where: string | FileLocation): FileLocation {
  return typeof where === 'string' ? { write: where, directories: [where] } : where;
}

const CHUNK_BYTES = 1024 * 1024;

/** Relative to the data directory, so a backup restored elsewhere still resolves. */
export function fileStoragePath(sha256: string): string {
  return join('files', sha256.slice(0, 2), sha256);
}

export async function keepOriginalFile(
  db: Kysely<Database>,
  where: string | FileLocation,
  file: { bytes: Uint8Array; name: string; mediaType: string; createdBy?: number | null },
): Promise<StoredFile> {
  const location = asFileLocation(where);
  const sha256 = sha256Hex(file.bytes);
  const storagePath = fileStoragePath(sha256);
  if (location.write !== 'database') await writeFileOnce(location.write, storagePath, file.bytes);
  const known = await db.selectFrom('files').select('sha256').where('sha256', '=', sha256).executeTakeFirst();
  if (!known) {
    await db
      .insertInto('files')
      .values({
        sha256,
        size: file.bytes.byteLength,
        original_name: file.name,
        media_type: file.mediaType,
        storage_path: storagePath,
        created_at: new Date().toISOString(),
        created_by: file.createdBy ?? null,
      })
      .execute();
  }
  if (location.write === 'database') await writeChunks(db, sha256, file.bytes);
  return { sha256, size: file.bytes.byteLength, storagePath, alreadyKnown: Boolean(known) };
}

/** The bytes of a known file in the database, or undefined when it has none there. */
async function readChunks(db: Kysely<Database>, sha256: string): Promise<Buffer | undefined> {
  const rows = await db
    .selectFrom('file_chunks')
    .select('bytes')
    .where('sha256', '=', sha256)
    .orderBy('seq')
    .execute();
  return rows.length > 0 ? Buffer.concat(rows.map((row) => Buffer.from(row.bytes))) : undefined;
}

/** Writes the chunks of a file whose row exists, unless they are there already. */
export async function writeChunks(db: Kysely<Database>, sha256: string, bytes: Uint8Array): Promise<boolean> {
  const present = await db
    .selectFrom('file_chunks')
    .select('seq')
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (present) return false;
  for (let seq = 0, offset = 0; offset < bytes.byteLength || seq === 0; seq++, offset += CHUNK_BYTES) {
    const chunk = Buffer.from(
      bytes.buffer,
      bytes.byteOffset + offset,
      Math.min(CHUNK_BYTES, bytes.byteLength - offset),
    );
    await db.insertInto('file_chunks').values({ sha256, seq, bytes: chunk }).execute();
  }
  return true;
}

async function writeFileOnce(root: string, storagePath: string, bytes: Uint8Array): Promise<void> {
  const absolute = join(root, storagePath);
  if (existsSync(absolute)) return;
  await mkdir(join(absolute, '..'), { recursive: true });
  const temporary = `${absolute}.${process.pid}.tmp`;
  await writeFile(temporary, bytes, { mode: PRIVATE_FILE_MODE });
  await rename(temporary, absolute);
}

/** A kept file's bytes, from the database or any directory of the location; undefined when lost. */
export async function readOriginalFile(
  db: Kysely<Database>,
  where: string | FileLocation,
  file: { sha256: string; storage_path: string },
): Promise<Buffer | undefined> {
  const location = asFileLocation(where);
  const inDatabase = await readChunks(db, file.sha256);
  if (inDatabase) return inDatabase;
  for (const directory of location.directories) {
    const bytes = await readFile(join(directory, file.storage_path)).catch(() => undefined);
    if (bytes && sha256Hex(bytes) === file.sha256) return bytes;
  }
  return undefined;
}

/** Writes bytes already checked against their SHA-256 where the location writes (restore, migrate). */
export async function writeOriginalBytes(
  db: Kysely<Database>,
  where: string | FileLocation,
  file: { sha256: string; storage_path: string },
  bytes: Uint8Array,
): Promise<boolean> {
  const location = asFileLocation(where);
  if (location.write === 'database') return writeChunks(db, file.sha256, bytes);
  const existed = existsSync(join(location.write, file.storage_path));
  await writeFileOnce(location.write, file.storage_path, bytes);
  return !existed;
}
