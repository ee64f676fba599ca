// Keeps a learner's attempt and, the first time one passes, the exercise's completion with an
// audit entry — in one transaction, so a completion never exists without its attempt.

import { insertTrainingAttempt, insertTrainingCompletion } from '../store/repositories/training.js';
import type { Store } from '../store/store.js';
import { type AuditContext, audit } from '../workflow/audit-actor.js';
import type { Actor } from '../workflow/roles.js';
import type { AttemptVerdict } from './check-attempt.js';
import type { Exercise } from './course.js';

export interface RecordedAttempt {
  id: number;
  at: string;
  passed: boolean;
  /** This attempt completed the exercise for the first time. */
  firstCompletion: boolean;
}

export async function recordAttempt(
  store: Store,
  context: AuditContext & { actor: Actor },
  exercise: Exercise,
  verdict: AttemptVerdict,
  fileName: string,
): Promise<RecordedAttempt> {
  const at = new Date().toISOString();
  return store.transaction(async (tx) => {
    const id = await insertTrainingAttempt(tx.db, {
      userId: context.actor.id,
      exerciseId: exercise.id,
      at,
      passed: verdict.passed,
      errorCount: verdict.errorCount,
      warningCount: verdict.warnings.length,
      unjustifiedCount: verdict.unjustifiedCount,
      issueCodes: [...new Set(verdict.report.issues.map((issue) => issue.code))].sort(),
      fileName,
    });
    const firstCompletion =
      verdict.passed &&
      (await insertTrainingCompletion(tx.db, {
        userId: context.actor.id,
        exerciseId: exercise.id,
        attemptId: id,
        at,
      }));
    if (firstCompletion) {
      await audit(tx.db, context, {
        action: 'training.exercise.complete',
        entityType: 'training_exercise',
        entityId: exercise.id,
        details: { attempt: id, table: exercise.table },
      });
    }
    return { id, at, passed: verdict.passed, firstCompletion };
  });
}
