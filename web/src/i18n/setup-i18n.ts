// i18next with the four catalogues bundled (they are small); the language comes from the URL,
// then the remembered choice, then the browser. Catalogues share one shape, checked by tsc.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { detectInitialLang, LANG_STORAGE_KEY, type Lang } from './languages';
import { en } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { pt } from './messages/pt';

function readStoredLang(): string | null {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    /* private mode: the URL still carries the language */
  }
}

export function setupI18n(): Lang {
  const lang = detectInitialLang(window.location.search, readStoredLang(), navigator.languages ?? []);
  void i18next.use(initReactI18next).init({
    resources: {
      en: { translation: en },
      es: { translation: es },
      fr: { translation: fr },
      pt: { translation: pt },
    },
    lng: lang,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lang;
  return lang;
}
