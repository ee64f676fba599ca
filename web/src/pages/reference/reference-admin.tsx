// /console/codes: code lists and saved code mappings, read and edited with audit (issue 6).
import { useTranslation } from 'react-i18next';

export function ReferenceAdmin() {
  const { t } = useTranslation();
  return <section data-testid="reference-admin">{t('reference.title')}</section>;
}
