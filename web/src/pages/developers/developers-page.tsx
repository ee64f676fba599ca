// /developers: copy-paste recipes for reading SICREMI through SDMX from R, Python, Excel and
// curl, built for the server the reader is on (recipes.ts; its R recipe is run by the suite).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../layout/use-page-title';
import { buildRecipes, type Recipes } from './recipes';

const ORDER: (keyof Recipes)[] = ['r', 'python', 'pandas', 'powerQuery', 'curl'];

function Recipe({ id, code }: { id: keyof Recipes; code: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(code).then(() => setCopied(true));
  };
  return (
    <section className="developers__recipe" aria-labelledby={`recipe-${id}`}>
      <h2 id={`recipe-${id}`}>{t(`developers.${id}.title`)}</h2>
      <p className="hint">{t(`developers.${id}.hint`)}</p>
      <button type="button" className="button button--small" onClick={copy}>
        {copied ? t('developers.copied') : t('developers.copy')}
      </button>
      <pre>
        <code data-recipe={id}>{code}</code>
      </pre>
    </section>
  );
}

export default function DevelopersPage() {
  const { t } = useTranslation();
  usePageTitle(t('developers.title'));
  const origin = window.location.origin;
  const recipes = buildRecipes(origin);
  return (
    <div className="page developers">
      <h1>{t('developers.title')}</h1>
      <p>{t('developers.intro')}</p>
      <p className="hint">{t('developers.apis', { v2: `${origin}/sdmx/v2`, v1: `${origin}/sdmx/v1` })}</p>
      {ORDER.map((id) => (
        <Recipe key={id} id={id} code={recipes[id]} />
      ))}
      <p className="hint">
        {t('developers.more')} <a href="/api/docs">{t('developers.apiDocs')}</a>
      </p>
    </div>
  );
}
