// Training records (see 0008-training): learners' attempts at the course's exercises and the
// first attempt that completed each one.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface NewTrainingAttempt {
  userId: number;
  exerciseId: string;
  at: string;
  passed: boolean;
  errorCount: number;
  warningCount: number;
  unjustifiedCount: number;
  issueCodes: readonly string[];
  fileName: string;
}

/** One learner's record at one exercise. */
export interface TrainingProgressRow {
  userId: number;
  exerciseId: string;
  attempts: number;
  lastAttemptAt: string;
  completedAt: string | null;
}

export async function insertTrainingAttempt(
  db: Kysely<Database>,
  attempt: NewTrainingAttempt,
): Promise<number> {
  const row = await db
    .insertInto('training_attempts')
    .values({
      user_id: attempt.userId,
      exercise_id: attempt.exerciseId,
      attempted_at: attempt.at,
      passed: attempt.passed ? 1 : 0,
      error_count: attempt.errorCount,
      warning_count: attempt.warningCount,
      unjustified_count: attempt.unjustifiedCount,
      issue_codes: JSON.stringify(attempt.issueCodes),
      file_name: attempt.fileName,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Records the completion unless the learner completed the exercise before; true when new. */
export async function insertTrainingCompletion(
  db: Kysely<Database>,
  completion: { userId: number; exerciseId: string; attemptId: number; at: string },
): Promise<boolean> {
  const result = await db
    .insertInto('training_completions')
    .values({
      user_id: completion.userId,
      exercise_id: completion.exerciseId,
      attempt_id: completion.attemptId,
      completed_at: completion.at,
    })
    .onConflict((conflict) => conflict.columns(['user_id', 'exercise_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Attempt counts, last attempt and completion per learner and exercise (one learner, or all). */
export async function listTrainingProgress(
  db: Kysely<Database>,
  filter: { userId?: number } = {},
): Promise<TrainingProgressRow[]> {
  let attempts = db
    .selectFrom('training_attempts')
    .select(['user_id', 'exercise_id'])
    .select((eb) => [eb.fn.countAll<number>().as('attempts'), eb.fn.max('attempted_at').as('last_at')])
    .groupBy(['user_id', 'exercise_id']);
  let completions = db.selectFrom('training_completions').select(['user_id', 'exercise_id', 'completed_at']);
  if (filter.userId !== undefined) {
    attempts = attempts.where('user_id', '=', filter.userId);
    completions = completions.where('user_id', '=', filter.userId);
  }
  const completed = new Map(
    (await completions.execute()).map((c) => [`${c.user_id}|${c.exercise_id}`, c.completed_at]),
  );
  return (await attempts.execute()).map((row) => ({
    userId: Number(row.user_id),
    exerciseId: row.exercise_id,
    attempts: Number(row.attempts),
    lastAttemptAt: String(row.last_at),
    completedAt: completed.get(`${row.user_id}|${row.exercise_id}`) ?? null,
  }));
}
