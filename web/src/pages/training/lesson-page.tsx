// /knowledge/training/:lesson — one lesson of the course, its exercise, and the way on.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';
import { MarkdownView } from '../../markdown/markdown-view';
import { parseMarkdown } from '../../markdown/parse-markdown';
import NotFoundPage from '../not-found-page';
import { ExercisePanel } from './exercise-panel';
import type { Course, ExerciseProgress } from './training-types';

export function LessonPage({
  course,
  lessonId,
  progress,
  onAttempted,
}: {
  course: Course;
  lessonId: string;
  progress: readonly ExerciseProgress[] | null;
  onAttempted: () => void;
}) {
  const { t } = useTranslation();
  const index = course.lessons.findIndex((l) => l.id === lessonId);
  const lesson = course.lessons[index];
  const blocks = useMemo(() => parseMarkdown(lesson?.markdown ?? ''), [lesson]);
  usePageTitle(lesson?.title);
  if (!lesson) return <NotFoundPage />;
  const exercise = course.exercises.find((e) => e.id === lesson.exercise);
  const previous = course.lessons[index - 1];
  const next = course.lessons[index + 1];
  return (
    <article className="lesson" data-testid="training-lesson">
      <h1>{lesson.title}</h1>
      <p className="hero__lead">{lesson.summary}</p>
      <MarkdownView blocks={blocks} />
      {exercise ? (
        <ExercisePanel
          exercise={exercise}
          progress={progress?.find((p) => p.exercise === exercise.id)}
          onAttempted={onAttempted}
        />
      ) : null}
      <nav className="lesson-nav" aria-label={t('training.lessons')}>
        {previous ? (
          <LocalLink to={`/knowledge/training/${previous.id}`} rel="prev">
            ← {t('training.previous')}: {previous.title}
          </LocalLink>
        ) : (
          <span />
        )}
        <LocalLink to="/knowledge/training">{t('training.allLessons')}</LocalLink>
        {next ? (
          <LocalLink to={`/knowledge/training/${next.id}`} rel="next">
            {t('training.next')}: {next.title} →
          </LocalLink>
        ) : (
          <span />
        )}
      </nav>
    </article>
  );
}
