// /console/training: each learner's progress through the course, for the coordinator (issue 8)
// — a table of learners × exercises with each status and its date (completed, or last tried).
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { ExerciseStatusBadge } from './exercise-status';
import type { Course, ExerciseProgress, LearnerProgress } from './training-types';

export function TrainingProgress() {
  const { t } = useTranslation();
  const lang = useLang();
  const course = useApi<Course>(`/api/training/course?lang=${lang}`);
  const learners = useApi<{ learners: LearnerProgress[] }>('/api/training/learners', { cache: false });
  return (
    <section aria-labelledby="training-progress-title" data-testid="training-progress">
      <h2 id="training-progress-title">{t('training.progressTitle')}</h2>
      <p className="hint">
        {t('training.progressIntro')}{' '}
        <LocalLink to="/knowledge/training">{t('training.openCourse')}</LocalLink>
      </p>
      <ApiView result={course}>
        {(courseData) => (
          <ApiView result={learners}>
            {({ learners: rows }) =>
              rows.length === 0 ? (
                <p>{t('training.noLearners')}</p>
              ) : (
                <div className="table-scroll">
                  <table className="data-table training-progress-table">
                    <caption className="visually-hidden">{t('training.progressTitle')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('training.learner')}</th>
                        {courseData.exercises.map((exercise) => (
                          <th scope="col" key={exercise.id}>
                            {exercise.title}
                          </th>
                        ))}
                        <th scope="col" className="numeric">
                          {t('training.completed')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((learner) => (
                        <tr key={learner.id} data-learner={learner.email}>
                          <th scope="row">
                            <div>{learner.name ?? learner.email}</div>
                            <div className="code-id">
                              {learner.name ? `${learner.email} · ` : ''}
                              {learner.countries.join(', ') || t(`work.roles.${learner.role}`)}
                            </div>
                          </th>
                          {courseData.exercises.map((exercise) => (
                            <ProgressCell
                              key={exercise.id}
                              entry={learner.exercises.find((e) => e.exercise === exercise.id)}
                            />
                          ))}
                          <td className="numeric">
                            {learner.completed} / {courseData.exercises.length}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )
            }
          </ApiView>
        )}
      </ApiView>
    </section>
  );
}

function ProgressCell({ entry }: { entry: ExerciseProgress | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!entry) return <td />;
  return (
    <td data-exercise={entry.exercise} data-status={entry.status}>
      <ExerciseStatusBadge status={entry.status} />
      {entry.completedAt ? (
        <div className="training-cell-note">
          {t('training.completedOn', { date: formatDate(entry.completedAt, lang) })}
        </div>
      ) : entry.lastAttemptAt ? (
        <div className="training-cell-note">
          {t('training.lastAttempt', { date: formatDate(entry.lastAttemptAt, lang) })}
        </div>
      ) : null}
      {entry.attempts > 0 ? (
        <div className="training-cell-note">{t('training.attempts', { count: entry.attempts })}</div>
      ) : null}
    </td>
  );
}
