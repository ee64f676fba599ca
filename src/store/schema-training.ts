// The store's training tables as Kysely sees them (migration 0008-training).
import type { Generated } from 'kysely';

/** One check of a learner's corrected file or grid against an exercise. */
export interface TrainingAttemptTable {
  id: Generated<number>;
  user_id: number;
  exercise_id: string;
  attempted_at: string;
  /** 1 when the attempt had no error and every warning was justified. */
  passed: number;
  error_count: number;
  warning_count: number;
  unjustified_count: number;
  /** JSON array of the distinct issue codes the attempt showed. */
  issue_codes: string;
  file_name: string;
}

/** The first passing attempt of a learner at an exercise. */
export interface TrainingCompletionTable {
  user_id: number;
  exercise_id: string;
  completed_at: string;
  attempt_id: number;
}

export interface TrainingTables {
  training_attempts: TrainingAttemptTable;
  training_completions: TrainingCompletionTable;
}
