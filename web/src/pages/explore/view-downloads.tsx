// Downloads of exactly the view on screen (same filters, period and release), in the three
// formats of the dissemination API; each file cites its source and release.
import { useTranslation } from 'react-i18next';
import { type DataQuery, type DownloadFormat, downloadPath } from '../../api/data-query';
import { useLang } from '../../i18n/use-lang';

const FORMATS: { format: DownloadFormat; labelKey: string }[] = [
  { format: 'csv', labelKey: 'explore.download.csv' },
  { format: 'xlsx', labelKey: 'explore.download.xlsx' },
  { format: 'sdmx-csv', labelKey: 'explore.download.sdmxCsv' },
];

export function ViewDownloads({ query }: { query: DataQuery }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="view-downloads" aria-labelledby="downloads-title">
      <h3 id="downloads-title">{t('explore.download.title')}</h3>
      <ul className="inline-list">
        {FORMATS.map(({ format, labelKey }) => (
          <li key={format}>
            <a
              className="button button--small"
              href={downloadPath(query, format, lang)}
              download
              data-testid={`download-${format}`}
            >
              {t(labelKey)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
