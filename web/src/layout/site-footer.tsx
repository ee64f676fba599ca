import { useTranslation } from 'react-i18next';
import { LocalLink } from './local-link';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t('footer.about')}</p>
        <ul className="site-footer__links">
          <li>
            <LocalLink to="/methodology">{t('nav.methodology')}</LocalLink>
          </li>
          <li>
            <a href="/sdmx/v2/structure/dataflow/OAS/*/~">{t('footer.sdmxApi')}</a>
          </li>
          <li>
            <a href="/api/docs">{t('footer.apiDocs')}</a>
          </li>
          <li>
            <LocalLink to="/developers">{t('developers.footerLink')}</LocalLink>
            <LocalLink to="/tables">{t('travel.tables.title')}</LocalLink>
          </li>
        </ul>
        <p className="site-footer__small">{t('footer.licence')}</p>
      </div>
    </footer>
  );
}
