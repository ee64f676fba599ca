// The audit log (admins): who did what, when and why — newest first — with the CSV export.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

interface AuditEntry {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  details: unknown;
  ip: string | null;
}

export function AuditLog() {
  const { t } = useTranslation();
  const lang = useLang();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const range = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to: `${to}T23:59:59Z` } : {}) });
  const entries = useApi<{ entries: AuditEntry[] }>(`/api/audit?${range.toString()}`, { cache: false });
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('work.audit.title')}</h2>
      <div className="toolbar">
        <div className="toolbar__group">
          <label className="field field--inline">
            {t('explore.time.from')}
            <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
          </label>
          <label className="field field--inline">
            {t('explore.time.to')}
            <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
          </label>
        </div>
        <a className="button button--small" href={`/api/audit?${range.toString()}&format=csv`} download>
          {t('work.audit.export')}
        </a>
      </div>
      <ApiView result={entries}>
        {({ entries: list }) => (
          <div className="table-scroll report-scroll">
            <table className="data-table" data-testid="audit-table">
              <thead>
                <tr>
                  <th scope="col">{t('common.date')}</th>
                  <th scope="col">{t('work.audit.who')}</th>
                  <th scope="col">{t('work.audit.action')}</th>
                  <th scope="col">{t('work.audit.what')}</th>
                  <th scope="col">{t('work.audit.details')}</th>
                </tr>
              </thead>
              <tbody>
                {[...list]
                  .reverse()
                  .slice(0, 300)
                  .map((entry) => (
                    <tr key={entry.id}>
                      <td>{formatDateTime(entry.at, lang)}</td>
                      <td>{entry.actor ?? '–'}</td>
                      <td className="code-id">{entry.action}</td>
                      <td>{[entry.entityType, entry.entityId].filter(Boolean).join(' ')}</td>
                      <td className="code-id audit-details">
                        {entry.details ? JSON.stringify(entry.details) : ''}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </ApiView>
    </section>
  );
}
