// Phases of the network: each member state's phase today and since when; admins move a
// country to another phase with a reason (the history is kept and audited).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Refusal, refusalOf } from '../../api/refusal';
import { type SessionUser, sendJson } from '../../api/session';
import type { MemberState } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView, ErrorPanel } from '../../components/status-panel';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

interface PhaseRow {
  country: string;
  phase: string;
  from: string | null;
  reason: string | null;
}

export function PhasesAdmin({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const phases = useApi<{ date: string; countries: PhaseRow[] }>('/api/phases', { cache: false, version });
  const members = useApi<{ members: MemberState[] }>(`/api/framework/members?lang=${lang}`);
  const names = new Map(members.state === 'ok' ? members.data.members.map((m) => [m.iso3, m.name]) : []);
  return (
    <section aria-labelledby="phases-title">
      <h2 id="phases-title">{t('work.phases.title')}</h2>
      <ApiView result={phases}>
        {({ countries }) => (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('common.country')}</th>
                <th scope="col">{t('work.coverage.phase')}</th>
                <th scope="col">{t('work.phases.since')}</th>
                <th scope="col">{t('work.phases.reason')}</th>
                {user.role === 'admin' ? <th scope="col">{t('work.phases.change')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {countries.map((row) => (
                <tr key={row.country}>
                  <th scope="row">{names.get(row.country) ?? row.country}</th>
                  <td>{row.phase}</td>
                  <td>{formatDate(row.from, lang)}</td>
                  <td>{row.reason ?? ''}</td>
                  {user.role === 'admin' ? (
                    <td>
                      <PhaseChanger
                        country={row.country}
                        current={row.phase}
                        onChanged={() => setVersion((v) => v + 1)}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ApiView>
    </section>
  );
}

function PhaseChanger({
  country,
  current,
  onChanged,
}: {
  country: string;
  current: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [phase, setPhase] = useState(current);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<Refusal | null>(null);
  async function save() {
    const result = await sendJson('PUT', `/api/phases/${country}?lang=${lang}`, {
      phase,
      ...(reason ? { reason } : {}),
    });
    if (result.state === 'ok') {
      setError(null);
      onChanged();
    } else setError(refusalOf(result));
  }
  return (
    <div className="inline-form">
      <select
        aria-label={t('work.phases.newPhase', { country })}
        value={phase}
        onChange={(event) => setPhase(event.target.value)}
      >
        {['I', 'II', 'III'].map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
      <input
        type="text"
        aria-label={t('work.phases.reasonFor', { country })}
        placeholder={t('work.phases.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="button" className="button button--small" disabled={phase === current} onClick={save}>
        {t('common.save')}
      </button>
      {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
    </div>
  );
}
