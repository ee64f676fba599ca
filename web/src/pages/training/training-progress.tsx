// /console/training: each learner's progress through the course, for the coordinator (issue 8).
import { useTranslation } from 'react-i18next';

export function TrainingProgress() {
  const { t } = useTranslation();
  return <section data-testid="training-progress">{t('training.title')}</section>;
}
