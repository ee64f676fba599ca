// The frame of every page: skip link, header, the page itself (loaded on demand), footer.
// After each navigation, focus moves to <main> so keyboard and screen-reader users start at
// the new content rather than at the top of the header.
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { LoadingPanel } from '../components/status-panel';
import { LanguageSync } from './language-sync';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <LanguageSync />
      <a className="skip-link" href="#main-content">
        {t('nav.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main-content" ref={main} tabIndex={-1}>
        <Suspense fallback={<LoadingPanel />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
    </>
  );
}
