// "Latest published data" (the default, which follows new releases) or the data exactly as a
// given release left them — the choice is part of the shared link.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseEntry } from '../../api/types';
import { useApi } from '../../api/use-api';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

export function ReleasePicker({
  table,
  release,
  onChange,
}: {
  table: string;
  release: string | undefined;
  onChange: (release: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const releases = useApi<{ releases: ReleaseEntry[] }>(`/api/releases?table=${table}&limit=50&lang=${lang}`);
  const list = releases.state === 'ok' ? releases.data.releases : [];
  return (
    <div className="field">
      <label htmlFor={id}>{t('explore.release.label')}</label>
      <select
        id={id}
        value={release ?? 'latest'}
        onChange={(event) => onChange(event.target.value === 'latest' ? undefined : event.target.value)}
        data-testid="release-select"
      >
        <option value="latest">{t('explore.release.latest')}</option>
        {list.map((entry) => (
          <option key={String(entry.id)} value={String(entry.id)}>
            {t('explore.release.fixed', { id: entry.id, date: formatDate(entry.publishedAt, lang) })}
          </option>
        ))}
        {release && !list.some((entry) => String(entry.id) === release) ? (
          <option value={release}>{t('explore.release.fixed', { id: release, date: '' })}</option>
        ) : null}
      </select>
    </div>
  );
}
