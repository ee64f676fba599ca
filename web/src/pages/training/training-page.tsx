// /knowledge/training: the course for new correspondents (issue 8) — the overview at the root,
// one lesson with its exercise at /knowledge/training/:lesson. The course reads in the page's
// language; a signed-in learner also sees their progress, refreshed after each attempt.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useParams } from 'react-router-dom';
import { useSession } from '../../api/session';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';
import { CourseOverview } from './course-overview';
import { LessonPage } from './lesson-page';
import type { Course, ExerciseProgress } from './training-types';

export default function TrainingPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const [version, setVersion] = useState(0);
  const course = useApi<Course>(`/api/training/course?lang=${lang}`);
  const signedIn = session.state === 'signedIn';
  const mine = useApi<{ progress: ExerciseProgress[] }>(signedIn ? '/api/training/progress' : null, {
    cache: false,
    version,
  });
  const progress = signedIn && mine.state === 'ok' ? mine.data.progress : null;
  const refresh = () => setVersion((v) => v + 1);

  return (
    <div className="page training" data-testid="training-page">
      <p className="breadcrumb">
        <LocalLink to="/knowledge">{t('knowledge.title')}</LocalLink> /{' '}
        <LocalLink to="/knowledge/training">{t('training.title')}</LocalLink>
      </p>
      <ApiView result={course}>
        {(data) => (
          <Routes>
            <Route index element={<Overview course={data} progress={progress} />} />
            <Route
              path=":lessonId"
              element={<Lesson course={data} progress={progress} onAttempted={refresh} />}
            />
          </Routes>
        )}
      </ApiView>
    </div>
  );
}

function Overview({ course, progress }: { course: Course; progress: ExerciseProgress[] | null }) {
  const { t } = useTranslation();
  usePageTitle(t('training.courseTitle'));
  return (
    <>
      <h1>{t('training.courseTitle')}</h1>
      <CourseOverview course={course} progress={progress} />
    </>
  );
}

function Lesson(props: { course: Course; progress: ExerciseProgress[] | null; onAttempted: () => void }) {
  const { lessonId = '' } = useParams();
  return <LessonPage {...props} lessonId={lessonId} />;
}
