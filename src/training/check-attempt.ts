// Judges a learner's attempt at an exercise: the corrected file goes through practice mode
// (the upload pipeline, nothing stored) against an empty context — no saved mappings, no
// published figures — so the verdict depends on the file alone, whoever the learner is. It
// passes when the report has no error and every warning carries a justification, the bar a
// real submission clears before review; an exercise about a warning also needs that warning
// to be there, justified, rather than the value changed to silence it.
import { getTable } from '../framework/index.js';
import { type ByteSource, createMemoryContextSource, type ValidationReport } from '../ingest/index.js';
import { checkPracticeFile } from '../workflow/practice/check-practice-file.js';
import { listWarnings, readReportIssues, type WarningState } from '../workflow/submissions/report-issues.js';
import type { Exercise } from './course.js';

/** A justification covers the warning at its row (as the report gives it) or cell key. */
export interface AttemptJustification {
  row: number | null;
  key: string | null;
  text: string;
}

export interface AttemptVerdict {
  passed: boolean;
  report: ValidationReport;
  errorCount: number;
  /** Every warning with the justification that covers it, or null. */
  warnings: WarningState[];
  unjustifiedCount: number;
  /** The exercise's warning to justify was not found (the value was changed instead). */
  missingWarning: string | null;
}

export async function checkAttempt(
  exercise: Exercise,
  source: ByteSource,
  justifications: readonly AttemptJustification[],
): Promise<AttemptVerdict> {
  const report = await checkPracticeFile(source, {
    table: exercise.table,
    country: exercise.country,
    contextSource: createMemoryContextSource({}),
  });
  const table = getTable(exercise.table);
  if (!table) throw new Error(`exercise ${exercise.id} names table ${exercise.table}, which does not exist`);
  const issues = readReportIssues({ ...report }, table);
  const warnings = listWarnings(
    issues,
    justifications.filter((j) => j.text.trim() !== ''),
  );
  const errorCount = issues.filter((i) => i.severity === 'error').length;
  const unjustifiedCount = warnings.filter((w) => w.justification === null).length;
  const wanted = exercise.mustJustify;
  const missingWarning = wanted && !warnings.some((w) => w.code === wanted) ? wanted : null;
  return {
    passed: errorCount === 0 && unjustifiedCount === 0 && missingWarning === null,
    report,
    errorCount,
    warnings,
    unjustifiedCount,
    missingWarning,
  };
}
