// Policy events and their review trail in the store: rows in, records (JSON fields parsed) out.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { PolicyEventTable } from '../schema-policy.js';

export interface PolicySource {
  publisher: string;
  title: string;
  date: string | null;
  url: string | null;
}

export interface PolicyEventFields {
  country: string;
  type: string;
  date: string;
  endDate: string | null;
  startsOn: string;
  endsOn: string;
  title: string;
  summary: string;
  lang: string;
  tables: string[];
  programme: string | null;
  source: PolicySource;
}

export interface PolicyEventRecord extends PolicyEventFields {
  id: number;
  status: string;
  roundId: number | null;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

type Row = { [K in keyof PolicyEventTable]: K extends 'id' ? number : PolicyEventTable[K] };

function parseList(text: string): string[] {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function parseSource(text: string): PolicySource {
  try {
    const v = JSON.parse(text) as Partial<PolicySource>;
    return { publisher: v.publisher ?? '', title: v.title ?? '', date: v.date ?? null, url: v.url ?? null };
  } catch {
    return { publisher: '', title: '', date: null, url: null };
  }
}

function toRecord(r: Row): PolicyEventRecord {
  return {
    id: Number(r.id),
    country: r.ref_area,
    type: r.type,
    date: r.date,
    endDate: r.end_date,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    title: r.title,
    summary: r.summary,
    lang: r.lang,
    tables: parseList(r.tables),
    programme: r.programme,
    source: parseSource(r.source),
    status: r.status,
    roundId: r.round_id,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    publishedAt: r.published_at,
  };
}

function fieldColumns(f: PolicyEventFields) {
  return {
    ref_area: f.country,
    type: f.type,
    date: f.date,
    end_date: f.endDate,
    starts_on: f.startsOn,
    ends_on: f.endsOn,
    title: f.title,
    summary: f.summary,
    lang: f.lang,
    tables: JSON.stringify(f.tables),
    programme: f.programme,
    source: JSON.stringify(f.source),
  };
}

export async function insertPolicyEvent(
  db: Kysely<Database>,
  e: PolicyEventFields & {
    status: string;
    roundId: number | null;
    createdBy: number | null;
    at: string;
    publishedAt?: string | null;
    demoKey?: string | null;
  },
): Promise<number> {
  const row = await db
    .insertInto('policy_events')
    .values({
      ...fieldColumns(e),
      status: e.status,
      round_id: e.roundId,
      created_by: e.createdBy,
      created_at: e.at,
      updated_at: e.at,
      published_at: e.publishedAt ?? null,
      demo_key: e.demoKey ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Rewrites the reported fields while the event is still in `status` (false: it moved on). */
export async function updatePolicyEventFields(
  db: Kysely<Database>,
  id: number,
  status: string,
  fields: PolicyEventFields,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('policy_events')
    .set({ ...fieldColumns(fields), updated_at: at })
    .where('id', '=', id)
    .where('status', '=', status)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findPolicyEvent(
  db: Kysely<Database>,
  id: number,
): Promise<PolicyEventRecord | undefined> {
  const row = await db.selectFrom('policy_events').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row as Row) : undefined;
}

export async function hasDemoPolicyEvent(db: Kysely<Database>, demoKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('policy_events')
    .select('id')
    .where('demo_key', '=', demoKey)
    .executeTakeFirst();
  return row !== undefined;
}

/** Moves the event from `from` to `to` only if it is still in `from`: two reviewers cannot both act. */
export async function updatePolicyEventStatus(
  db: Kysely<Database>,
  id: number,
  from: string,
  to: string,
  at: string,
  publishedAt?: string,
): Promise<boolean> {
  const result = await db
    .updateTable('policy_events')
    .set({ status: to, updated_at: at, ...(publishedAt ? { published_at: publishedAt } : {}) })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface PolicyEventQuery {
  countries?: readonly string[];
  statuses?: readonly string[];
  type?: string;
  /** YYYY-MM-DD: events still running on or after this day. */
  from?: string;
  /** YYYY-MM-DD: events begun on or before this day. */
  to?: string;
  /** Published events only, as the public saw them at this instant. */
  publishedBy?: string;
}

export async function listPolicyEvents(
  db: Kysely<Database>,
  q: PolicyEventQuery,
): Promise<PolicyEventRecord[]> {
  let query = db.selectFrom('policy_events').selectAll();
  if (q.countries) query = query.where('ref_area', 'in', q.countries.length > 0 ? [...q.countries] : ['']);
  if (q.statuses) query = query.where('status', 'in', q.statuses.length > 0 ? [...q.statuses] : ['']);
  if (q.type) query = query.where('type', '=', q.type);
  if (q.from) query = query.where('ends_on', '>=', q.from);
  if (q.to) query = query.where('starts_on', '<=', q.to);
  if (q.publishedBy !== undefined) {
    query = query
      .where('status', '=', 'published')
      .where('published_at', 'is not', null)
      .where('published_at', '<=', q.publishedBy);
  }
  const rows = await query.orderBy('starts_on').orderBy('id').execute();
  return rows.map((r) => toRecord(r as Row));
}

/**
 * Newest time the public's view of policy events changed by `now` (an event published, or a
 * translation of a published event added), for the latest report pin.
 */
export async function findLatestPolicyPublication(
  db: Kysely<Database>,
  now: string,
): Promise<string | undefined> {
  const published = await db
    .selectFrom('policy_events')
    .select((eb) => eb.fn.max('published_at').as('last'))
    .where('status', '=', 'published')
    .where('published_at', '<=', now)
    .executeTakeFirst();
  const translated = await db
    .selectFrom('policy_event_translations')
    .innerJoin('policy_events', 'policy_events.id', 'policy_event_translations.event_id')
    .select((eb) => eb.fn.max('policy_event_translations.created_at').as('last'))
    .where('policy_events.status', '=', 'published')
    .where('policy_events.published_at', '<=', now)
    .where('policy_event_translations.created_at', '<=', now)
    .executeTakeFirst();
  const times = [published?.last, translated?.last].filter((t): t is string => typeof t === 'string');
  return times.sort().at(-1);
}

export interface PolicyActionRecord {
  action: string;
  from: string | null;
  to: string;
  actor: string | null;
  at: string;
  message: string | null;
}

export async function insertPolicyEventAction(
  db: Kysely<Database>,
  a: {
    eventId: number;
    action: string;
    from: string | null;
    to: string;
    actorId: number | null;
    at: string;
    message: string | null;
  },
): Promise<void> {
  await db
    .insertInto('policy_event_actions')
    .values({
      event_id: a.eventId,
      action: a.action,
      from_status: a.from,
      to_status: a.to,
      actor_id: a.actorId,
      at: a.at,
      message: a.message,
    })
    .execute();
}

export async function listPolicyEventActions(
  db: Kysely<Database>,
  eventId: number,
): Promise<PolicyActionRecord[]> {
  const rows = await db
    .selectFrom('policy_event_actions')
    .leftJoin('users', 'users.id', 'policy_event_actions.actor_id')
    .select([
      'policy_event_actions.action',
      'policy_event_actions.from_status',
      'policy_event_actions.to_status',
      'policy_event_actions.at',
      'policy_event_actions.message',
      'users.email',
    ])
    .where('policy_event_actions.event_id', '=', eventId)
    .orderBy('policy_event_actions.id')
    .execute();
  return rows.map((r) => ({
    action: r.action,
    from: r.from_status,
    to: r.to_status,
    actor: r.email,
    at: r.at,
    message: r.message,
  }));
}

export interface PolicyCommentRecord {
  id: number;
  text: string;
  author: string | null;
  authorRole: string | null;
  createdAt: string;
}

export async function insertPolicyEventComment(
  db: Kysely<Database>,
  c: { eventId: number; text: string; authorId: number; at: string },
): Promise<number> {
  const row = await db
    .insertInto('policy_event_comments')
    .values({ event_id: c.eventId, text: c.text, author_id: c.authorId, created_at: c.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function listPolicyEventComments(
  db: Kysely<Database>,
  eventId: number,
): Promise<PolicyCommentRecord[]> {
  const rows = await db
    .selectFrom('policy_event_comments')
    .leftJoin('users', 'users.id', 'policy_event_comments.author_id')
    .select([
      'policy_event_comments.id',
      'policy_event_comments.text',
      'policy_event_comments.created_at',
      'users.email',
      'users.role',
    ])
    .where('policy_event_comments.event_id', '=', eventId)
    .orderBy('policy_event_comments.id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    text: r.text,
    author: r.email,
    authorRole: r.role,
    createdAt: r.created_at,
  }));
}

export interface PolicyTranslationRecord {
  eventId: number;
  lang: string;
  title: string;
  summary: string;
  createdAt: string;
}

export async function insertPolicyEventTranslation(
  db: Kysely<Database>,
  t: { eventId: number; lang: string; title: string; summary: string; createdBy: number | null; at: string },
): Promise<void> {
  await db
    .insertInto('policy_event_translations')
    .values({
      event_id: t.eventId,
      lang: t.lang,
      title: t.title,
      summary: t.summary,
      created_by: t.createdBy,
      created_at: t.at,
    })
    .execute();
}

/** The newest translation per event and language, as it stood at `at` (every one when omitted). */
export async function listPolicyEventTranslations(
  db: Kysely<Database>,
  eventIds: readonly number[],
  at?: string,
): Promise<PolicyTranslationRecord[]> {
  if (eventIds.length === 0) return [];
  let query = db
    .selectFrom('policy_event_translations')
    .selectAll()
    .where('event_id', 'in', [...eventIds]);
  if (at !== undefined) query = query.where('created_at', '<=', at);
  const rows = await query.orderBy('id').execute();
  const newest = new Map<string, PolicyTranslationRecord>();
  for (const r of rows) {
    newest.set(`${r.event_id}|${r.lang}`, {
      eventId: r.event_id,
      lang: r.lang,
      title: r.title,
      summary: r.summary,
      createdAt: r.created_at,
    });
  }
  return [...newest.values()];
}
