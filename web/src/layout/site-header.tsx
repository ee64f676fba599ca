// The header: brand, the main navigation (public portal, then the signed-in areas) and the
// language menu. At phone width the navigation folds behind a "Menu" button.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { LanguageSwitch } from './language-switch';
import { LocalLink, LocalNavLink } from './local-link';

const PUBLIC_LINKS = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/explore', key: 'nav.explore', end: false },
  { to: '/indicators', key: 'nav.indicators', end: false },
  { to: '/reports', key: 'nav.reports', end: false },
  { to: '/methodology', key: 'nav.methodology', end: false },
  { to: '/knowledge', key: 'nav.knowledge', end: false },
] as const;

const WORK_LINKS = [
  { to: '/workspace', key: 'nav.workspace', end: false },
  { to: '/console', key: 'nav.console', end: false },
] as const;

export function SiteHeader() {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();

  // Close the phone menu once the reader has chosen a page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => setMenuOpen(false), [pathname]);

  return (
    <header className="site-header">
      <div className="site-header__bar">
        <LocalLink to="/" className="brand">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <span className="brand__name">SICREMI</span>
          <span className="brand__tagline">{t('common.appTagline')}</span>
        </LocalLink>
        <div className="site-header__tools">
          <LanguageSwitch />
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="main-navigation"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('nav.menu')}
          </button>
        </div>
      </div>
      <nav
        id="main-navigation"
        aria-label={t('nav.mainNav')}
        className={menuOpen ? 'main-nav is-open' : 'main-nav'}
      >
        <ul className="main-nav__public">
          {PUBLIC_LINKS.map((link) => (
            <li key={link.to}>
              <LocalNavLink to={link.to} end={link.end}>
                {t(link.key)}
              </LocalNavLink>
            </li>
          ))}
        </ul>
        <ul className="main-nav__work">
          {WORK_LINKS.map((link) => (
            <li key={link.to}>
              <LocalNavLink to={link.to} end={link.end}>
                {t(link.key)}
              </LocalNavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
