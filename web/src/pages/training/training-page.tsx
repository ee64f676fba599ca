// /knowledge/training: the course for new correspondents (issue 8).
import { useTranslation } from 'react-i18next';

export default function TrainingPage() {
  const { t } = useTranslation();
  return (
    <div className="page" data-testid="training-page">
      <h1>{t('training.title')}</h1>
    </div>
  );
}
