// Reporting rounds: which tables each phase's countries are asked for, and by when.
import type { Kysely } from 'kysely';
import type { PhaseId } from '../../framework/types.js';
import type { Database } from '../schema.js';

export interface RoundRecord {
  id: number;
  name: string;
  opensAt: string;
  deadline: string;
  tables: Partial<Record<PhaseId, string[]>>;
  reminderDays: number;
  /** The reviewer who accepts a submission of this round may not publish it. */
  fourEyes: boolean;
  createdAt: string;
  createdBy: number | null;
}

export async function insertRound(
  db: Kysely<Database>,
  round: Omit<RoundRecord, 'id' | 'createdAt'>,
): Promise<number> {
  const row = await db
    .insertInto('rounds')
    .values({
      name: round.name,
      opens_at: round.opensAt,
      deadline: round.deadline,
      tables: JSON.stringify(round.tables),
      reminder_days: round.reminderDays,
      four_eyes: round.fourEyes ? 1 : 0,
      created_at: new Date().toISOString(),
      created_by: round.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function listRounds(db: Kysely<Database>): Promise<RoundRecord[]> {
  const rows = await db.selectFrom('rounds').selectAll().orderBy('opens_at').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    opensAt: r.opens_at,
    deadline: r.deadline,
    tables: JSON.parse(r.tables) as RoundRecord['tables'],
    reminderDays: r.reminder_days,
    fourEyes: Number(r.four_eyes) === 1,
    createdAt: r.created_at,
    createdBy: r.created_by,
  }));
}
