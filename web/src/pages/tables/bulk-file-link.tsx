// A bulk file as a download link with its size and checksum, so a reader can verify what they got.
import { useTranslation } from 'react-i18next';
import type { CatalogBulkFile } from '../../api/travel-types';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

export function BulkFileLink({ file }: { file: CatalogBulkFile }) {
  const { t } = useTranslation();
  const lang = useLang();
  const kb = Math.max(1, Math.round(file.size / 1024));
  return (
    <span className="bulk-file">
      <a href={`/bulk/${file.name}`} download>
        {file.name}
      </a>{' '}
      <span className="hint">
        ({t('travel.tables.size')}: {formatNumber(kb, lang, 0)} kB · {t('travel.tables.sha256')}:{' '}
        <code title={file.sha256}>{file.sha256.slice(0, 12)}…</code>)
      </span>
    </span>
  );
}
