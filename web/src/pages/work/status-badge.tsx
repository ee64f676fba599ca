import { useTranslation } from 'react-i18next';

/** A submission or coverage status, coloured by how far it has come. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-badge--${status}`}>
      {t(`work.status.${status}`, { defaultValue: status })}
    </span>
  );
}
