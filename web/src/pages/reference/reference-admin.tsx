// /console/codes: the network's reference data — code lists (with the codes coordinators add to
// extensible lists) and every country's saved code mappings — as in the maintenance screens of
// .Stat Suite or DHIS2. Everyone in the console reads; admins change, and every change is audited.
// The view, the list and the filters are in the address, so a link shows the same screen.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useSession } from '../../api/session';
import { LocalLink } from '../../layout/local-link';
import { CodelistBrowser } from './codelist-browser';
import { MappingList } from './mapping-list';

export function ReferenceAdmin() {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const isAdmin = session.state === 'signedIn' && session.user.role === 'admin';
  const view = params.get('view') === 'mappings' ? 'mappings' : 'codelists';
  return (
    <section aria-labelledby="reference-title" className="reference-admin" data-testid="reference-admin">
      <h2 id="reference-title">{t('reference.title')}</h2>
      <p className="hint">{t('reference.intro')}</p>
      <nav aria-label={t('reference.views')} className="reference-views">
        <LocalLink
          to="/console/codes"
          aria-current={view === 'codelists' ? 'page' : undefined}
          className="reference-view"
        >
          {t('reference.codelistsTab')}
        </LocalLink>
        <LocalLink
          to="/console/codes?view=mappings"
          aria-current={view === 'mappings' ? 'page' : undefined}
          className="reference-view"
        >
          {t('reference.mappingsTab')}
        </LocalLink>
      </nav>
      {view === 'mappings' ? (
        <MappingList canDelete={isAdmin} />
      ) : (
        <CodelistBrowser selected={params.get('list')} canEdit={isAdmin} />
      )}
    </section>
  );
}
