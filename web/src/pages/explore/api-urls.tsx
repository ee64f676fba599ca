// For developers: the same view as an SDMX REST 2.0 query and as the JSON API call, ready to
// copy into a script or an SDMX client.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DataQuery, dataApiPath, sdmxDataUrl } from '../../api/data-query';
import { useLang } from '../../i18n/use-lang';

function CopyableUrl({ label, url, testId }: { label: string; url: string; testId: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="copyable-url">
      <span className="copyable-url__label">{label}</span>
      <code data-testid={testId}>{url}</code>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          void navigator.clipboard?.writeText(url).then(() => {
            setCopied(true);
            setTimeout(() => setCopied(false), 2000);
          });
        }}
      >
        {copied ? t('common.copied') : t('common.copy')}
      </button>
    </div>
  );
}

export function ApiUrls({
  query,
  keyDimensions,
  asOf,
}: {
  query: DataQuery;
  keyDimensions: readonly string[];
  asOf?: string | undefined;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const origin = window.location.origin;
  return (
    <details className="api-urls">
      <summary>{t('explore.api.title')}</summary>
      <p className="hint">{t('explore.api.hint')}</p>
      <CopyableUrl
        label="SDMX REST 2.0"
        url={sdmxDataUrl(query, keyDimensions, origin, asOf)}
        testId="sdmx-url"
      />
      <CopyableUrl label="JSON" url={`${origin}${dataApiPath(query, lang)}`} testId="json-url" />
    </details>
  );
}
