// The original file of a submission, as it was sent, for whoever may read the submission: the
// bytes come from wherever the file is kept (database, shared directory, data directory), so
// any process behind the proxy answers, not only the one that received the upload.
import type { Kysely } from 'kysely';
import { type FileLocation, readOriginalFile } from '../../store/repositories/files.js';
import type { Database } from '../../store/schema.js';
import type { Actor } from '../roles.js';
import { loadReadableSubmission } from './submission-access.js';

export interface SubmissionFile {
  name: string;
  mediaType: string;
  sha256: string;
  bytes: Buffer;
}

/** undefined when the submission has no file (grid entry) or its bytes are lost. */
export async function readSubmissionFile(
  db: Kysely<Database>,
  location: FileLocation,
  actor: Actor,
  id: number,
): Promise<SubmissionFile | undefined> {
  const row = await loadReadableSubmission(db, actor, id);
  if (!row.file_sha256) return undefined;
  const file = await db
    .selectFrom('files')
    .select(['sha256', 'original_name', 'media_type', 'storage_path'])
    .where('sha256', '=', row.file_sha256)
    .executeTakeFirst();
  if (!file) return undefined;
  const bytes = await readOriginalFile(db, location, file);
  return bytes && { name: file.original_name, mediaType: file.media_type, sha256: file.sha256, bytes };
}
