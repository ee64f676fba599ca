// Reporting rounds: the list, and (admins) a new round with its deadline and the tables
// requested from each phase.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Refusal, refusalOf } from '../../api/refusal';
import type { SessionUser } from '../../api/session';
import { sendJson } from '../../api/session';
import type { TableSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView, ErrorPanel } from '../../components/status-panel';
import { TextField } from '../../components/text-field';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import type { RoundRecord } from '../work/work-types';

const PHASES = ['I', 'II', 'III'] as const;

export function RoundsAdmin({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const rounds = useApi<{ rounds: RoundRecord[] }>('/api/rounds', { cache: false, version });
  return (
    <section aria-labelledby="rounds-title">
      <h2 id="rounds-title">{t('work.rounds.title')}</h2>
      <ApiView result={rounds}>
        {({ rounds: list }) =>
          list.length === 0 ? (
            <p className="hint">{t('work.round.none')}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('common.name')}</th>
                  <th scope="col">{t('work.rounds.opens')}</th>
                  <th scope="col">{t('work.rounds.deadline')}</th>
                  <th scope="col">{t('work.rounds.tables')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((round) => (
                  <tr key={round.id}>
                    <td>{round.name}</td>
                    <td>{formatDate(round.opensAt, lang)}</td>
                    <td>{formatDate(round.deadline, lang)}</td>
                    <td className="code-id">
                      {PHASES.map((p) => `${p}: ${(round.tables[p] ?? []).length}`).join(' · ')}
                      {round.fourEyes !== undefined
                        ? ` · ${round.fourEyes ? t('loop.fourEyes.on') : t('loop.fourEyes.off')}`
                        : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </ApiView>
      {user.role === 'admin' ? <NewRoundForm onCreated={() => setVersion((v) => v + 1)} /> : null}
    </section>
  );
}

function NewRoundForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const tables = useApi<{ tables: TableSummary[] }>(`/api/framework/tables?lang=${lang}`);
  const [name, setName] = useState('');
  const [deadline, setDeadline] = useState('');
  const [requested, setRequested] = useState<Record<string, string[]>>({ I: [], II: [], III: [] });
  const [error, setError] = useState<Refusal | null>(null);
  const [created, setCreated] = useState(false);
  const [fourEyes, setFourEyes] = useState(true);

  function toggle(phase: string, table: string, on: boolean) {
    setRequested((current) => ({
      ...current,
      [phase]: on ? [...(current[phase] ?? []), table] : (current[phase] ?? []).filter((x) => x !== table),
    }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await sendJson('POST', `/api/rounds?lang=${lang}`, {
      name,
      deadline,
      tables: requested,
      fourEyes,
    });
    if (result.state === 'ok') {
      setCreated(true);
      setError(null);
      onCreated();
    } else setError(refusalOf(result));
  }

  return (
    <form className="card" onSubmit={submit}>
      <h3>{t('work.rounds.new')}</h3>
      <div className="form-row">
        <TextField
          id="round-name"
          label={t('common.name')}
          value={name}
          onValue={setName}
          type="text"
          required
        />
        <TextField
          id="round-deadline"
          label={t('work.rounds.deadline')}
          value={deadline}
          onValue={setDeadline}
          type="date"
          required
        />
      </div>
      <ApiView result={tables}>
        {({ tables: list }) => (
          <table className="data-table">
            <caption>{t('work.rounds.requested')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.table')}</th>
                {PHASES.map((p) => (
                  <th key={p} scope="col">
                    {t('countries.phase', { phase: p })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.map((table) => (
                <tr key={table.id}>
                  <th scope="row">{table.name}</th>
                  {PHASES.map((p) => (
                    <td key={p}>
                      <input
                        type="checkbox"
                        aria-label={`${table.name}, ${t('countries.phase', { phase: p })}`}
                        checked={(requested[p] ?? []).includes(table.id)}
                        onChange={(event) => toggle(p, table.id, event.target.checked)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ApiView>
      <label className="radio-line">
        <input
          type="checkbox"
          id="round-four-eyes"
          checked={fourEyes}
          onChange={(event) => setFourEyes(event.target.checked)}
        />
        {t('loop.fourEyes.round')}
      </label>
      {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
      {created ? <p className="ok-message">{t('work.rounds.created')}</p> : null}
      <button type="submit" className="button button--primary">
        {t('work.rounds.create')}
      </button>
    </form>
  );
}
