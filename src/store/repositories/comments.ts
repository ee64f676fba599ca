// Review comments: one thread per submission, and one per cell (cell_key set).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface CommentRecord {
  id: number;
  submissionId: number;
  key: string | null;
  text: string;
  authorId: number | null;
  author: string | null;
  authorRole: string | null;
  createdAt: string;
  /** The submission version current when it was written. */
  version: number;
}

export async function insertComment(
  db: Kysely<Database>,
  c: { submissionId: number; key: string | null; text: string; authorId: number },
): Promise<number> {
  const current = await db
    .selectFrom('submissions')
    .select('version')
    .where('id', '=', c.submissionId)
    .executeTakeFirst();
  const row = await db
    .insertInto('comments')
    .values({
      submission_id: c.submissionId,
      cell_key: c.key,
      text: c.text,
      author_id: c.authorId,
      created_at: new Date().toISOString(),
      version: current?.version ?? 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function listComments(db: Kysely<Database>, submissionId: number): Promise<CommentRecord[]> {
  const rows = await db
    .selectFrom('comments')
    .leftJoin('users', 'users.id', 'comments.author_id')
    .select([
      'comments.id',
      'comments.submission_id',
      'comments.cell_key',
      'comments.text',
      'comments.author_id',
      'comments.created_at',
      'comments.version',
      'users.email',
      'users.role',
    ])
    .where('comments.submission_id', '=', submissionId)
    .orderBy('comments.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    submissionId: r.submission_id,
    key: r.cell_key,
    text: r.text,
    authorId: r.author_id,
    author: r.email,
    authorRole: r.role,
    createdAt: r.created_at,
    version: r.version ?? 1,
  }));
}
