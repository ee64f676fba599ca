// Discussion threads and posts of the knowledge space (migration 0006). The tables are added
// to the store's schema here with Kysely's withTables, so the rest of the store knows nothing
// of them. Authors are shown by name and role, never by email address.
import type { Generated, Kysely } from 'kysely';
import type { Database } from '../schema.js';

interface KnowledgeThreadTable {
  id: Generated<number>;
  topic: string;
  title: string;
  created_by: number;
  created_at: string;
  last_post_at: string;
  hidden: Generated<number>;
}

interface KnowledgePostTable {
  id: Generated<number>;
  thread_id: number;
  author_id: number;
  text: string;
  created_at: string;
  hidden: Generated<number>;
  hidden_by: number | null;
  hidden_reason: string | null;
}

type KnowledgeDb = Kysely<
  Database & { knowledge_threads: KnowledgeThreadTable; knowledge_posts: KnowledgePostTable }
>;

function withKnowledge(db: Kysely<Database>): KnowledgeDb {
  return db.withTables<{ knowledge_threads: KnowledgeThreadTable; knowledge_posts: KnowledgePostTable }>();
}

export interface PostAuthor {
  name: string | null;
  role: string;
  countries: string[];
}

export interface ThreadSummary {
  id: number;
  topic: string;
  title: string;
  author: PostAuthor;
  createdAt: string;
  lastPostAt: string;
  posts: number;
  hidden: boolean;
}

export interface PostRecord {
  id: number;
  author: PostAuthor;
  text: string;
  createdAt: string;
  hidden: boolean;
  hiddenReason: string | null;
}

async function loadAuthors(db: Kysely<Database>, ids: number[]): Promise<Map<number, PostAuthor>> {
  const authors = new Map<number, PostAuthor>();
  if (ids.length === 0) return authors;
  const users = await db.selectFrom('users').select(['id', 'name', 'role']).where('id', 'in', ids).execute();
  const countries = await db
    .selectFrom('user_countries')
    .select(['user_id', 'iso3'])
    .where('user_id', 'in', ids)
    .execute();
  for (const user of users) {
    authors.set(user.id, {
      name: user.name,
      role: user.role,
      countries: countries.filter((c) => c.user_id === user.id).map((c) => c.iso3),
    });
  }
  return authors;
}

const UNKNOWN_AUTHOR: PostAuthor = { name: null, role: 'unknown', countries: [] };

export async function listThreads(
  db: Kysely<Database>,
  options: { topic?: string; includeHidden: boolean },
): Promise<ThreadSummary[]> {
  let query = withKnowledge(db)
    .selectFrom('knowledge_threads as t')
    .leftJoin('knowledge_posts as p', (join) => join.onRef('p.thread_id', '=', 't.id').on('p.hidden', '=', 0))
    .select((eb) => [
      't.id',
      't.topic',
      't.title',
      't.created_by',
      't.created_at',
      't.last_post_at',
      't.hidden',
      eb.fn.count<number>('p.id').as('posts'),
    ])
    .groupBy(['t.id', 't.topic', 't.title', 't.created_by', 't.created_at', 't.last_post_at', 't.hidden'])
    .orderBy('t.last_post_at', 'desc');
  if (!options.includeHidden) query = query.where('t.hidden', '=', 0);
  if (options.topic) query = query.where('t.topic', '=', options.topic);
  const rows = await query.execute();
  const authors = await loadAuthors(db, [...new Set(rows.map((r) => r.created_by))]);
  return rows.map((r) => ({
    id: r.id,
    topic: r.topic,
    title: r.title,
    author: authors.get(r.created_by) ?? UNKNOWN_AUTHOR,
    createdAt: r.created_at,
    lastPostAt: r.last_post_at,
    posts: Number(r.posts),
    hidden: r.hidden === 1,
  }));
}

export async function findThread(db: Kysely<Database>, id: number, includeHidden: boolean) {
  const thread = await withKnowledge(db)
    .selectFrom('knowledge_threads')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!thread || (thread.hidden === 1 && !includeHidden)) return undefined;
  let postsQuery = withKnowledge(db)
    .selectFrom('knowledge_posts')
    .selectAll()
    .where('thread_id', '=', id)
    .orderBy('id');
  if (!includeHidden) postsQuery = postsQuery.where('hidden', '=', 0);
  const posts = await postsQuery.execute();
  const authors = await loadAuthors(db, [...new Set([thread.created_by, ...posts.map((p) => p.author_id)])]);
  return {
    thread: {
      id: thread.id,
      topic: thread.topic,
      title: thread.title,
      author: authors.get(thread.created_by) ?? UNKNOWN_AUTHOR,
      createdAt: thread.created_at,
      lastPostAt: thread.last_post_at,
      hidden: thread.hidden === 1,
    },
    posts: posts.map(
      (p): PostRecord => ({
        id: p.id,
        author: authors.get(p.author_id) ?? UNKNOWN_AUTHOR,
        text: p.text,
        createdAt: p.created_at,
        hidden: p.hidden === 1,
        hiddenReason: p.hidden_reason,
      }),
    ),
  };
}

export async function insertThread(
  db: Kysely<Database>,
  input: { topic: string; title: string; text: string; authorId: number },
): Promise<number> {
  const now = new Date().toISOString();
  const thread = await withKnowledge(db)
    .insertInto('knowledge_threads')
    .values({
      topic: input.topic,
      title: input.title,
      created_by: input.authorId,
      created_at: now,
      last_post_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertPost(db, { threadId: thread.id, text: input.text, authorId: input.authorId, at: now });
  return thread.id;
}

export async function insertPost(
  db: Kysely<Database>,
  input: { threadId: number; text: string; authorId: number; at?: string },
): Promise<number> {
  const at = input.at ?? new Date().toISOString();
  const post = await withKnowledge(db)
    .insertInto('knowledge_posts')
    .values({ thread_id: input.threadId, author_id: input.authorId, text: input.text, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await withKnowledge(db)
    .updateTable('knowledge_threads')
    .set({ last_post_at: at })
    .where('id', '=', input.threadId)
    .execute();
  return post.id;
}

export async function hidePost(
  db: Kysely<Database>,
  input: { postId: number; hiddenBy: number; reason: string | null },
): Promise<number | undefined> {
  const post = await withKnowledge(db)
    .updateTable('knowledge_posts')
    .set({ hidden: 1, hidden_by: input.hiddenBy, hidden_reason: input.reason })
    .where('id', '=', input.postId)
    .returning('thread_id')
    .executeTakeFirst();
  return post?.thread_id;
}

export async function setThreadHidden(db: Kysely<Database>, id: number, hidden: boolean): Promise<boolean> {
  const result = await withKnowledge(db)
    .updateTable('knowledge_threads')
    .set({ hidden: hidden ? 1 : 0 })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
