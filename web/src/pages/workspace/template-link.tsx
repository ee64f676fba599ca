// The round's template for a table and country (XLSX), linked only once the server offers it:
// a HEAD request asks first, so no one clicks into an error page.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';

const availability = new Map<string, Promise<boolean>>();

function isAvailable(path: string): Promise<boolean> {
  let known = availability.get(path);
  if (!known) {
    known = fetch(path, { method: 'HEAD', credentials: 'same-origin' })
      .then((response) => response.ok)
      .catch(() => false);
    availability.set(path, known);
  }
  return known;
}

export function TemplateLink({ table, country }: { table: string; country: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const path = `/api/templates/${table}?country=${country}&lang=${lang}`;
  const [available, setAvailable] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void isAvailable(path).then((ok) => live && setAvailable(ok));
    return () => {
      live = false;
    };
  }, [path]);
  if (available === null) return <span className="hint">…</span>;
  if (!available) return <span className="hint">{t('work.round.templateUnavailable')}</span>;
  return (
    <a href={path} download>
      {t('work.round.downloadTemplate')}
    </a>
  );
}
