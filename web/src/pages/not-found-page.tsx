import { useTranslation } from 'react-i18next';
import { LocalLink } from '../layout/local-link';
import { usePageTitle } from '../layout/use-page-title';

export default function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <div className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <LocalLink to="/">{t('notFound.home')}</LocalLink>
      </p>
    </div>
  );
}
