// Original submitted files are kept as they came, content-addressed by SHA-256: a file is
// written once and never overwritten, so every published figure can be traced to its bytes.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
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

/** Relative to the data directory, so a backup restored elsewhere still resolves. */
export function fileStoragePath(sha256: string): string {
  return join('files', sha256.slice(0, 2), sha256);
}

export async function keepOriginalFile(
  db: Kysely<Database>,
  dataDir: string,
  file: { bytes: Uint8Array; name: string; mediaType: string; createdBy?: number | null },
): Promise<StoredFile> {
  const sha256 = sha256Hex(file.bytes);
  const storagePath = fileStoragePath(sha256);
  const absolute = join(dataDir, storagePath);
  if (!existsSync(absolute)) {
    await mkdir(join(dataDir, 'files', sha256.slice(0, 2)), { recursive: true });
    const temporary = `${absolute}.${process.pid}.tmp`;
    await writeFile(temporary, file.bytes, { mode: PRIVATE_FILE_MODE });
    await rename(temporary, absolute);
  }
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
  return { sha256, size: file.bytes.byteLength, storagePath, alreadyKnown: Boolean(known) };
}
