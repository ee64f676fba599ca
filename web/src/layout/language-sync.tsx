// Keeps three things in step with the ?lang of the address: i18next, the remembered choice and
// <html lang>. An address without ?lang gets the current language added (replace, no history
// entry), so the address bar is always a shareable link in the language on screen.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { isLang } from '../i18n/languages';
import { rememberLang } from '../i18n/setup-i18n';

export function LanguageSync() {
  const { i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const requested = params.get('lang');
    if (isLang(requested)) {
      if (requested !== i18n.language) void i18n.changeLanguage(requested);
      rememberLang(requested);
      document.documentElement.lang = requested;
      return;
    }
    params.set('lang', isLang(i18n.language) ? i18n.language : 'en');
    navigate(
      { pathname: location.pathname, search: `?${params.toString()}`, hash: location.hash },
      { replace: true },
    );
  }, [location.search, location.pathname, location.hash, i18n, navigate]);

  return null;
}
