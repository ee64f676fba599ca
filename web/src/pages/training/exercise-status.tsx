// An exercise's status for one learner, as a coloured badge (the colours of submission statuses).
import { useTranslation } from 'react-i18next';
import type { ExerciseStatus } from './training-types';

const BADGE: Record<ExerciseStatus, string> = {
  not_started: 'not_started',
  in_progress: 'submitted',
  completed: 'published',
};

export function ExerciseStatusBadge({ status }: { status: ExerciseStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-badge--${BADGE[status]}`} data-status={status}>
      {t(`training.status.${status}`)}
    </span>
  );
}
