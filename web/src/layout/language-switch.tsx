// The language menu: a native <select>, so it works with keyboard and screen readers as is.
// Choosing a language rewrites ?lang in the address; LanguageSync does the rest.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { isLang, LANG_NAMES, LANGS } from '../i18n/languages';
import { useLang } from '../i18n/use-lang';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const id = useId();

  function choose(value: string) {
    if (!isLang(value)) return;
    const next = new URLSearchParams(params);
    next.set('lang', value);
    setParams(next, { flushSync: true });
  }

  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('nav.language')}</label>
      <select
        id={id}
        value={lang}
        onChange={(event) => choose(event.target.value)}
        data-testid="language-select"
      >
        {LANGS.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANG_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
