// All member states, by region, each linking to its profile.
import { useTranslation } from 'react-i18next';
import type { GroupingEntry, MemberState } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';

const REGIONS = ['NAM', 'CAM', 'CAR', 'SAM'];

export default function CountriesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('countries.title'));
  const members = useApi<{ members: MemberState[] }>(`/api/framework/members?lang=${lang}`);
  const groupings = useApi<{ groupings: GroupingEntry[] }>(`/api/framework/groupings?lang=${lang}`);
  return (
    <div className="page">
      <h1>{t('countries.title')}</h1>
      <p className="hint">{t('countries.intro')}</p>
      <ApiView result={members}>
        {({ members: list }) => (
          <ApiView result={groupings}>
            {({ groupings: groups }) => (
              <div className="region-grid">
                {REGIONS.map((regionId) => {
                  const region = groups.find((g) => g.id === regionId);
                  if (!region) return null;
                  const inRegion = list
                    .filter((m) => region.members.includes(m.iso3))
                    .sort((a, b) => a.name.localeCompare(b.name));
                  return (
                    <section key={regionId} className="card" aria-labelledby={`region-${regionId}`}>
                      <h2 id={`region-${regionId}`}>{region.name}</h2>
                      <ul className="country-list">
                        {inRegion.map((m) => (
                          <li key={m.iso3}>
                            <LocalLink to={`/countries/${m.iso3}`}>{m.name}</LocalLink>
                            {m.phase ? (
                              <span className="badge">{t('countries.phase', { phase: m.phase })}</span>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </section>
                  );
                })}
              </div>
            )}
          </ApiView>
        )}
      </ApiView>
    </div>
  );
}
