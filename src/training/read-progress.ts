// Progress through the course: for one learner (their own page), and for every learner (the
// coordinator's table, learner × exercise). Learners are the active correspondents — the
// people the course is for, started or not — and anyone else who has made an attempt.
import type { Kysely } from 'kysely';
import { listTrainingProgress, type TrainingProgressRow } from '../store/repositories/training.js';
import { listUsers } from '../store/repositories/users.js';
import type { Database } from '../store/schema.js';
import { EXERCISES } from './course.js';

export type ExerciseStatus = 'not_started' | 'in_progress' | 'completed';

export interface ExerciseProgress {
  exercise: string;
  status: ExerciseStatus;
  attempts: number;
  lastAttemptAt: string | null;
  completedAt: string | null;
}

export interface LearnerProgress {
  id: number;
  email: string;
  name: string | null;
  role: string;
  countries: string[];
  completed: number;
  exercises: ExerciseProgress[];
}

function toCourseProgress(rows: readonly TrainingProgressRow[]): ExerciseProgress[] {
  return EXERCISES.map((exercise) => {
    const row = rows.find((r) => r.exerciseId === exercise.id);
    if (!row) {
      return {
        exercise: exercise.id,
        status: 'not_started',
        attempts: 0,
        lastAttemptAt: null,
        completedAt: null,
      };
    }
    return {
      exercise: exercise.id,
      status: row.completedAt ? 'completed' : 'in_progress',
      attempts: row.attempts,
      lastAttemptAt: row.lastAttemptAt,
      completedAt: row.completedAt,
    };
  });
}

export async function readMyProgress(db: Kysely<Database>, userId: number): Promise<ExerciseProgress[]> {
  return toCourseProgress(await listTrainingProgress(db, { userId }));
}

export async function readLearnersProgress(db: Kysely<Database>): Promise<LearnerProgress[]> {
  const rows = await listTrainingProgress(db);
  const learners = new Set(rows.map((r) => r.userId));
  return (await listUsers(db))
    .filter((u) => learners.has(u.id) || (u.role === 'correspondent' && !u.disabled))
    .map((user) => {
      const exercises = toCourseProgress(rows.filter((r) => r.userId === user.id));
      return {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        countries: user.countries,
        completed: exercises.filter((e) => e.status === 'completed').length,
        exercises,
      };
    });
}
