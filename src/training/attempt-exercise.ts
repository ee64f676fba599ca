// A learner sends a corrected practice file (uploaded, or built from the exercise's grid in
// the page) with justifications for its warnings: check it, keep the attempt, answer with the
// verdict, the report and the learner's progress at this exercise.
import type { Lang } from '../framework/types.js';
import type { ByteSource } from '../ingest/index.js';
import type { Store } from '../store/store.js';
import type { AuditContext } from '../workflow/audit-actor.js';
import type { Actor } from '../workflow/roles.js';
import { localizeIssue, localizeReport } from '../workflow/submissions/localize-report.js';
import { type AttemptJustification, checkAttempt } from './check-attempt.js';
import type { Exercise } from './course.js';
import { readMyProgress } from './read-progress.js';
import { recordAttempt } from './record-attempt.js';

export async function attemptExercise(
  store: Store,
  context: AuditContext & { actor: Actor },
  exercise: Exercise,
  input: { source: ByteSource; justifications: readonly AttemptJustification[]; lang: Lang },
) {
  const verdict = await checkAttempt(exercise, input.source, input.justifications);
  const attempt = await recordAttempt(store, context, exercise, verdict, input.source.name);
  const progress = (await readMyProgress(store.db, context.actor.id)).find((p) => p.exercise === exercise.id);
  return {
    attempt,
    verdict: {
      passed: verdict.passed,
      errors: verdict.errorCount,
      unjustified: verdict.unjustifiedCount,
      missingWarning: verdict.missingWarning,
      warnings: verdict.warnings.map((warning) => localizeIssue(warning, input.lang)),
    },
    report: localizeReport({ ...verdict.report }, input.lang),
    progress,
  };
}
