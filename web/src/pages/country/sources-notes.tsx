// The sources behind the figures on the profile (each release's citation, once) and the
// footnotes their observations carry, plus the comparability warning every reader of
// migration statistics needs: foreign-born and foreign nationals are different populations.
import { useTranslation } from 'react-i18next';
import { describeSource } from '../../api/describe-source';
import type { DataResponse } from '../../api/types';
import type { Loadable } from '../../api/use-api';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';

export function SourcesAndNotes({ responses }: { responses: Loadable<DataResponse>[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const loaded = responses.flatMap((r) => (r.state === 'ok' ? [r.data] : []));
  const sources = new Map<string, { text: string; url?: string; table: string; date: string }>();
  const notes = new Set<string>();
  for (const response of loaded) {
    for (const release of response.releases) {
      const source = describeSource(release.source);
      if (source && !sources.has(source.text)) {
        sources.set(source.text, {
          ...source,
          table: response.table.name,
          date: formatDate(release.publishedAt, lang),
        });
      }
    }
    for (const observation of response.observations) if (observation.note) notes.add(observation.note);
  }
  return (
    <section aria-labelledby="sources-title" className="profile-section">
      <h2 id="sources-title">{t('country.sources.title')}</h2>
      {sources.size === 0 ? (
        <p>{t('country.sources.none')}</p>
      ) : (
        <ul className="source-list">
          {[...sources.values()].map((source) => (
            <li key={source.text}>
              <strong>{source.table}</strong> ({t('country.sources.published', { date: source.date })}):{' '}
              {source.url ? (
                <a href={source.url} rel="noreferrer">
                  {source.text}
                </a>
              ) : (
                source.text
              )}
            </li>
          ))}
        </ul>
      )}
      {notes.size > 0 ? (
        <>
          <h3>{t('country.sources.notes')}</h3>
          <ul>
            {[...notes].slice(0, 12).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('country.comparability.title')}</h3>
      <p>{t('country.comparability.text')}</p>
      <p>
        <LocalLink to="/methodology">{t('country.comparability.more')}</LocalLink>
      </p>
    </section>
  );
}
