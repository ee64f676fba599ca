// The course checks itself: every lesson reads in the four languages, every practice file
// shows the mistakes its exercise teaches and fails, and the corrected file (or, for a warning
// to justify, the same file with justifications) passes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { LANGUAGES } from '../framework/types.js';
import { bufferSource } from '../ingest/index.js';
import { checkAttempt } from './check-attempt.js';
import { EXERCISES, LESSONS } from './course.js';
import { readLesson, readPracticeFile } from './read-course.js';

function solutionOf(id: string): Buffer | undefined {
  try {
    return readFileSync(new URL(`./exercises/solutions/${id}.csv`, import.meta.url));
  } catch {
    return undefined;
  }
}

describe('training course', () => {
  test('every lesson has a title, a summary and a body in English, Spanish, French and Portuguese', () => {
    for (const lesson of LESSONS) {
      const titles = new Set<string>();
      for (const lang of LANGUAGES) {
        const text = readLesson(lesson, lang);
        assert.ok(text.title && text.title !== lesson.id, `${lesson.id}.${lang} has a title`);
        assert.ok(text.summary, `${lesson.id}.${lang} has a summary`);
        assert.ok(text.markdown.length > 400, `${lesson.id}.${lang} has a body`);
        titles.add(text.title);
      }
      assert.equal(titles.size, 4, `${lesson.id} is translated, not copied`);
    }
  });

  test('every exercise belongs to the lesson that points to it', () => {
    for (const exercise of EXERCISES) {
      assert.equal(LESSONS.find((l) => l.id === exercise.lesson)?.exercise, exercise.id);
    }
  });

  for (const exercise of EXERCISES) {
    test(`${exercise.id}: the practice file shows ${exercise.mistakes.join(', ')} and fails`, async () => {
      const verdict = await checkAttempt(
        exercise,
        bufferSource(Buffer.from(readPracticeFile(exercise)), `${exercise.id}.csv`),
        [],
      );
      assert.equal(verdict.passed, false);
      const codes = new Set(verdict.report.issues.map((i) => i.code));
      for (const code of exercise.mistakes) assert.ok(codes.has(code), `${code} in ${[...codes]}`);
    });

    test(`${exercise.id}: the corrected attempt passes`, async () => {
      const file = solutionOf(exercise.id) ?? Buffer.from(readPracticeFile(exercise));
      const first = await checkAttempt(exercise, bufferSource(file, 'corrected.csv'), []);
      const justifications = first.warnings.map((w) => ({
        row: w.row,
        key: w.key,
        text: 'Amnesty of 2019 (illustrative).',
      }));
      const verdict = await checkAttempt(exercise, bufferSource(file, 'corrected.csv'), justifications);
      assert.deepEqual(
        verdict.report.issues.filter((i) => i.severity === 'error'),
        [],
      );
      assert.equal(verdict.passed, true);
      assert.equal(exercise.mustJustify !== undefined, first.warnings.length > 0);
    });
  }

  test('changing the outlier instead of justifying it does not complete the exercise', async () => {
    const exercise = EXERCISES.find((e) => e.mustJustify)!;
    const smoothed = readPracticeFile(exercise)
      .replace('2019,4900', '2019,1300')
      .replace('2019,4250', '2019,650');
    const verdict = await checkAttempt(exercise, bufferSource(Buffer.from(smoothed), 'smoothed.csv'), []);
    assert.equal(verdict.errorCount, 0);
    assert.equal(verdict.missingWarning, 'OUTLIER');
    assert.equal(verdict.passed, false);
  });
});
