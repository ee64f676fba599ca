// A reporting round (e.g. "2026") asks each phase's countries for a list of tables by a deadline.
import type { Kysely } from 'kysely';
import { getTable } from '../framework/index.js';
import type { PhaseId } from '../framework/types.js';
import { insertRound, listRounds, type RoundRecord } from '../store/repositories/rounds.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { type AuditContext, audit } from './audit-actor.js';
import { PHASE_IDS } from './phases.js';
import type { Actor } from './roles.js';
import { WorkflowError } from './workflow-error.js';

export interface NewRound {
  name: string;
  deadline: string;
  opensAt?: string;
  tables: Partial<Record<string, string[]>>;
  reminderDays?: number;
  /** Default true: the reviewer who accepts may not also publish (issue 17). */
  fourEyes?: boolean;
}

export { listRounds, type RoundRecord };

export async function createRound(
  store: Store,
  context: AuditContext & { actor: Actor },
  input: NewRound,
): Promise<RoundRecord> {
  const name = input.name.trim();
  if (!name) throw new WorkflowError('BAD_REQUEST', 400, { detail: 'name is empty' });
  const deadline = readTime(input.deadline, true);
  const opensAt = input.opensAt ? readTime(input.opensAt, false) : new Date().toISOString();
  const tables: Partial<Record<PhaseId, string[]>> = {};
  for (const [phase, ids] of Object.entries(input.tables)) {
    if (!PHASE_IDS.includes(phase as PhaseId)) throw new WorkflowError('INVALID_PHASE', 400, { phase });
    const unknown = (ids ?? []).find((id) => !getTable(id));
    if (unknown) throw new WorkflowError('TABLE_NOT_FOUND', 400, { id: unknown });
    tables[phase as PhaseId] = [...new Set(ids ?? [])];
  }
  return store.transaction(async (tx) => {
    if ((await listRounds(tx.db)).some((r) => r.name === name)) {
      throw new WorkflowError('ROUND_EXISTS', 409, { name });
    }
    const id = await insertRound(tx.db, {
      name,
      opensAt,
      deadline,
      tables,
      reminderDays: input.reminderDays ?? 14,
      fourEyes: input.fourEyes ?? true,
      createdBy: context.actor.id,
    });
    await audit(tx.db, context, {
      action: 'round.create',
      entityType: 'round',
      entityId: id,
      details: { name, deadline, tables, fourEyes: input.fourEyes ?? true },
    });
    return (await listRounds(tx.db)).find((r) => r.id === id)!;
  });
}

/** A round by id or by name; the latest opened round when none is named. */
export async function findRound(db: Kysely<Database>, ref?: string): Promise<RoundRecord | undefined> {
  const rounds = await listRounds(db);
  if (ref === undefined || ref === '') {
    const now = new Date().toISOString();
    return rounds.filter((r) => r.opensAt <= now).at(-1) ?? rounds.at(-1);
  }
  return rounds.find((r) => r.name === ref || String(r.id) === ref);
}

/** The round a new submission belongs to: the latest one already open. */
export async function findOpenRound(db: Kysely<Database>, at = new Date()): Promise<RoundRecord | undefined> {
  const now = at.toISOString();
  return (await listRounds(db)).filter((r) => r.opensAt <= now).at(-1);
}

/** A date (YYYY-MM-DD, a deadline counts to the end of that day, UTC) or a full ISO time. */
function readTime(value: string, endOfDay: boolean): string {
  const text = value.trim();
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? `${text}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z`
    : text;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new WorkflowError('INVALID_DATE', 400, { value });
  return new Date(time).toISOString();
}
