// Jobs that regenerate a table's bulk files. A job is due at its release's publication time
// (an embargo that ends makes it due), taken under a lease so that any process may run it and a
// process that crashes midway leaves it to be taken again once the lease has run out.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface ClaimedBulkJobs {
  tableId: string;
  ids: number[];
}

/** Records that `tableId` needs its bulk files regenerated once `dueAt` has come. */
export async function enqueueBulkJob(db: Kysely<Database>, tableId: string, dueAt: string): Promise<void> {
  await db
    .insertInto('bulk_jobs')
    .values({ table_id: tableId, due_at: dueAt, created_at: new Date().toISOString() })
    .execute();
}

/**
 * Takes every due, unleased job of one table for `owner` until `leaseUntil`. The update is the
 * claim: two processes updating the same rows cannot both get them.
 */
export async function claimDueBulkJobs(
  db: Kysely<Database>,
  owner: string,
  now: string,
  leaseUntil: string,
): Promise<ClaimedBulkJobs | undefined> {
  const next = await db
    .selectFrom('bulk_jobs')
    .select('table_id')
    .where('due_at', '<=', now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .orderBy('due_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (!next) return undefined;
  await db
    .updateTable('bulk_jobs')
    .set((eb) => ({ lease_owner: owner, lease_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
    .where('table_id', '=', next.table_id)
    .where('due_at', '<=', now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .execute();
  const rows = await db
    .selectFrom('bulk_jobs')
    .select('id')
    .where('lease_owner', '=', owner)
    .where('lease_until', '=', leaseUntil)
    .where('table_id', '=', next.table_id)
    .execute();
  return { tableId: next.table_id, ids: rows.map((r) => Number(r.id)) };
}

export async function finishBulkJobs(db: Kysely<Database>, ids: readonly number[]): Promise<void> {
  if (ids.length > 0)
    await db
      .deleteFrom('bulk_jobs')
      .where('id', 'in', [...ids])
      .execute();
}

/** Gives the jobs back with the error, to be retried after `retryAt`. */
export async function failBulkJobs(
  db: Kysely<Database>,
  ids: readonly number[],
  error: string,
  retryAt: string,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('bulk_jobs')
    .set({ lease_owner: null, lease_until: retryAt, last_error: error.slice(0, 2000) })
    .where('id', 'in', [...ids])
    .execute();
}

export interface PendingBulkJob {
  tableId: string;
  dueAt: string;
  attempts: number;
  leaseUntil: string | null;
}

export async function listBulkJobs(db: Kysely<Database>): Promise<PendingBulkJob[]> {
  const rows = await db
    .selectFrom('bulk_jobs')
    .select(['table_id', 'due_at', 'attempts', 'lease_until'])
    .orderBy('due_at')
    .execute();
  return rows.map((r) => ({
    tableId: r.table_id,
    dueAt: r.due_at,
    attempts: Number(r.attempts),
    leaseUntil: r.lease_until,
  }));
}

/** When the next job becomes due (an embargo ending, or a retry), if any is waiting. */
export async function nextBulkJobDue(db: Kysely<Database>): Promise<string | undefined> {
  const row = await db
    .selectFrom('bulk_jobs')
    .select((eb) => eb.fn.min('due_at').as('next'))
    .executeTakeFirst();
  return row?.next ?? undefined;
}
