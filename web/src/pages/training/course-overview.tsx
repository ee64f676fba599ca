// /knowledge/training: the course at a glance — its lessons in order, each with its exercise
// and, for a signed-in learner, how far they have come.
import { useTranslation } from 'react-i18next';
import { LocalLink } from '../../layout/local-link';
import { ExerciseStatusBadge } from './exercise-status';
import type { Course, ExerciseProgress } from './training-types';

export function CourseOverview({
  course,
  progress,
}: {
  course: Course;
  progress: readonly ExerciseProgress[] | null;
}) {
  const { t } = useTranslation();
  const done = progress?.filter((p) => p.status === 'completed').length ?? 0;
  return (
    <>
      <p className="hero__lead">{t('training.intro')}</p>
      {progress ? (
        <p className="training-progress-line" data-testid="training-summary">
          <progress max={course.exercises.length} value={done} aria-hidden="true" />{' '}
          {t('training.progressSummary', { done, total: course.exercises.length })}
        </p>
      ) : null}
      <h2>{t('training.lessons')}</h2>
      <ol className="lesson-list" data-testid="lesson-list">
        {course.lessons.map((lesson, index) => {
          const exercise = course.exercises.find((e) => e.id === lesson.exercise);
          const status = progress?.find((p) => p.exercise === lesson.exercise)?.status;
          return (
            <li key={lesson.id} className="card lesson-list__item">
              <p className="code-id">{t('training.lessonNumber', { number: index + 1 })}</p>
              <h3>
                <LocalLink to={`/knowledge/training/${lesson.id}`}>{stripNumber(lesson.title)}</LocalLink>
              </h3>
              <p>{lesson.summary}</p>
              {exercise ? (
                <p className="lesson-list__exercise">
                  <span>{t('training.exerciseTitle', { title: exercise.title })}</span>{' '}
                  {status ? <ExerciseStatusBadge status={status} /> : null}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** Lesson titles carry their number ("2. …") for the page; the list numbers them itself. */
export function stripNumber(title: string): string {
  return title.replace(/^\d+\.\s*/, '');
}
