// /workspace/entry/:table/:country: the data-entry grid (issue 8).
import { useTranslation } from 'react-i18next';

export default function EntryPage() {
  const { t } = useTranslation();
  return (
    <div className="page" data-testid="entry-page">
      <h1>{t('entry.title')}</h1>
    </div>
  );
}
