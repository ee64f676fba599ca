// One document of the library, in the reader's language or, where it has not been
// translated yet, in English with a notice and links to the versions that exist.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { LANG_NAMES } from '../../i18n/languages';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';
import { MarkdownView } from '../../markdown/markdown-view';
import NotFoundPage from '../not-found-page';
import { findDocument } from './knowledge-library';

export default function KnowledgeDocumentPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const entry = findDocument(slug, lang);
  usePageTitle(entry?.document.title);
  if (!entry) return <NotFoundPage />;
  const { document } = entry;
  return (
    <article className="page knowledge-document" lang={document.lang} data-testid="knowledge-document">
      <p className="breadcrumb">
        <LocalLink to="/knowledge">{t('knowledge.title')}</LocalLink> /{' '}
        {t(`knowledge.categories.${document.category}`)}
      </p>
      <h1>{document.title}</h1>
      {entry.isFallback ? (
        <p className="notice" lang={lang}>
          {t('knowledge.fallbackNotice', { language: LANG_NAMES[document.lang] })}
        </p>
      ) : null}
      {document.summary ? <p className="hero__lead">{document.summary}</p> : null}
      <MarkdownView blocks={document.blocks} />
      <p className="code-id" lang={lang}>
        {t('knowledge.available')}:{' '}
        {entry.languages.map((l, i) => (
          <span key={l}>
            {i > 0 ? ', ' : ''}
            <a href={`/knowledge/${slug}?lang=${l}`} lang={l}>
              {LANG_NAMES[l]}
            </a>
          </span>
        ))}
      </p>
    </article>
  );
}
