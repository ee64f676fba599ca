// The round's "Policy developments" section: the events the signed-in account may read, in every
// state, each linking to its review page; correspondents also find the form to report a new one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { LocalLink } from '../../layout/local-link';
import { StatusBadge } from '../work/status-badge';
import { PolicyEventForm } from './policy-event-form';
import type { PolicyEventRecord } from './policy-types';

export function PolicyEventsPanel({
  basePath,
  countries,
  canAdd,
}: {
  basePath: string;
  countries: readonly { iso3: string; name: string }[];
  canAdd: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const events = useApi<{ events: PolicyEventRecord[] }>('/api/policy-events/all', { cache: false });
  return (
    <section aria-labelledby="policy-work-title" data-testid="policy-events-panel">
      <h2 id="policy-work-title">{canAdd ? t('policy.work.mine') : t('policy.work.all')}</h2>
      <p className="hint">{t('policy.work.intro')}</p>
      <ApiView result={events}>
        {({ events: list }) =>
          list.length === 0 ? (
            <p className="hint">{t('policy.work.empty')}</p>
          ) : (
            <table className="data-table" data-testid="policy-events">
              <thead>
                <tr>
                  <th scope="col">{t('policy.field.country')}</th>
                  <th scope="col">{t('common.year')}</th>
                  <th scope="col">{t('policy.field.title')}</th>
                  <th scope="col">{t('policy.work.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((e) => (
                  <tr key={e.id}>
                    <td>{e.country}</td>
                    <td>{e.date}</td>
                    <td>
                      <LocalLink to={`${basePath}/policy/${e.id}`}>{e.title}</LocalLink>
                    </td>
                    <td>
                      <StatusBadge status={e.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </ApiView>
      {canAdd && countries.length > 0 ? (
        adding ? (
          <PolicyEventForm countries={countries} onSaved={(e) => navigate(`${basePath}/policy/${e.id}`)} />
        ) : (
          <button type="button" className="button" onClick={() => setAdding(true)} data-testid="policy-add">
            {t('policy.work.add')}
          </button>
        )
      ) : null}
    </section>
  );
}
