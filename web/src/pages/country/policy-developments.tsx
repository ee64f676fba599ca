// A country's published policy developments, newest first, grouped by nothing but time: type,
// date, title (with "original in …" when not in the reader's language), summary and the
// official source with its address.
import { useTranslation } from 'react-i18next';
import type { PublicPolicyEvent } from '../../api/policy-events';

export function PolicyDevelopments({ events }: { events: readonly PublicPolicyEvent[] }) {
  const { t } = useTranslation();
  const newest = [...events].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section aria-labelledby="policy-title" data-testid="policy-developments">
      <h2 id="policy-title">{t('policy.title')}</h2>
      {newest.length === 0 ? <p className="hint">{t('policy.none')}</p> : null}
      <ul className="policy-list">
        {newest.map((e) => (
          <li key={e.id} data-testid="policy-event">
            <p className="policy-list__meta">
              <span className="chip">{e.typeName}</span> {e.endDate ? `${e.date} – ${e.endDate}` : e.date}
            </p>
            <h3 className="policy-list__title" lang={e.lang}>
              {e.title}
            </h3>
            {e.originalNote ? <p className="hint">({e.originalNote})</p> : null}
            <p lang={e.lang}>{e.summary}</p>
            <p className="source-line">
              {t('policy.source')}: {e.source.publisher}, “
              {e.source.url ? <a href={e.source.url}>{e.source.title}</a> : e.source.title}”
              {e.source.date ? `, ${e.source.date}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
