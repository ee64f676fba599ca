// "Embed": the <iframe> snippet of the current view (/embed/{view}?{state}), to paste into
// another site; the embedded page carries its title, source, citation and a link back.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function embedSnippet(origin: string, path: string, title: string): string {
  const escapeAttribute = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escapeAttribute(origin + path)}" title="${escapeAttribute(title)}" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

export function EmbedButton({ path, title }: { path: string; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const id = useId();
  const snippet = embedSnippet(window.location.origin, path, title);
  return (
    <div className="embed-button">
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
          setCopied(false);
        }}
        data-testid="embed-button"
      >
        {t('travel.embed.button')}
      </button>
      {open ? (
        <section id={id} className="embed-panel" aria-label={t('travel.embed.title')}>
          <p className="hint">{t('travel.embed.instructions')}</p>
          <label className="visually-hidden" htmlFor={`${id}-code`}>
            {t('travel.embed.title')}
          </label>
          <textarea id={`${id}-code`} readOnly rows={3} value={snippet} data-testid="embed-snippet" />
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              void navigator.clipboard?.writeText(snippet).then(() => setCopied(true));
            }}
          >
            {copied ? t('travel.embed.copied') : t('travel.embed.copy')}
          </button>
        </section>
      ) : null}
    </div>
  );
}
