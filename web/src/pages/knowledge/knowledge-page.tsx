// The knowledge space: guidelines, methodological notes per country and source, and training
// material, searchable, in the reader's language where available; then the discussion
// threads where correspondents and OAS staff share experience.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { LANG_NAMES } from '../../i18n/languages';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';
import { DiscussionThreads } from './discussion-threads';
import { CATEGORIES, type Category, listLibrary } from './knowledge-library';
import { searchLibrary } from './search-library';

export default function KnowledgePage() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('knowledge.title'));
  const [params, setParams] = useSearchParams();
  const searchId = useId();
  const query = params.get('q') ?? '';
  const category = params.get('category') as Category | null;
  const hits = useMemo(() => {
    const entries = listLibrary(lang).filter((e) => !category || e.document.category === category);
    return searchLibrary(entries, query);
  }, [lang, query, category]);

  function setParam(key: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true, flushSync: true });
  }

  return (
    <div className="page knowledge">
      <h1>{t('knowledge.title')}</h1>
      <p className="hint">{t('knowledge.intro')}</p>
      <p className="training-link">
        <LocalLink to="/knowledge/training">{t('training.knowledgeLink')}</LocalLink>
      </p>
      <search className="knowledge-search">
        <label htmlFor={searchId}>{t('knowledge.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setParam('q', event.target.value || null)}
          data-testid="knowledge-search"
        />
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('knowledge.category')}</legend>
          {[null, ...CATEGORIES].map((c) => (
            <label key={c ?? 'all'} className={category === c ? 'is-selected' : ''}>
              <input
                type="radio"
                name="knowledge-category"
                checked={category === c}
                onChange={() => setParam('category', c)}
              />
              {c ? t(`knowledge.categories.${c}`) : t('common.all')}
            </label>
          ))}
        </fieldset>
      </search>
      <p className="hint" role="status">
        {t('knowledge.results', { count: hits.length })}
      </p>
      <ul className="document-list" data-testid="knowledge-results">
        {hits.map(({ entry, snippet }) => (
          <li key={entry.document.slug} className="card">
            <p className="document-list__meta">
              <span className={`badge badge--${entry.document.category}`}>
                {t(`knowledge.categories.${entry.document.category}`)}
              </span>
              {entry.document.country ? <span className="badge">{entry.document.country}</span> : null}
              {entry.isFallback ? (
                <span className="badge" lang="en">
                  {t('knowledge.inLanguage', { language: LANG_NAMES[entry.document.lang] })}
                </span>
              ) : null}
            </p>
            <h2 lang={entry.document.lang}>
              <LocalLink to={`/knowledge/${entry.document.slug}`}>{entry.document.title}</LocalLink>
            </h2>
            <p lang={entry.document.lang}>{snippet}</p>
            <p className="code-id">
              {t('knowledge.available')}: {entry.languages.map((l) => LANG_NAMES[l]).join(', ')}
            </p>
          </li>
        ))}
      </ul>
      <DiscussionThreads />
    </div>
  );
}
