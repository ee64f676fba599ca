// The transitions the caller may make now (the server lists them: allowedActions), each with
// an optional message to the other side; publishing may carry release notes and a time.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../api/session';
import { ErrorPanel } from '../../components/status-panel';

const PRIMARY = new Set(['submit', 'accept', 'publish']);

export function SubmissionActions({
  submissionId,
  allowed,
  onDone,
  blocked = {},
}: {
  submissionId: number;
  allowed: readonly string[];
  onDone: (action: string) => void;
  /** Actions that cannot succeed now, with the reason shown on the button (issue 17). */
  blocked?: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: string; message: string; details?: unknown } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function run(action: string) {
    setBusy(true);
    setError(null);
    const body =
      action === 'publish' ? { ...(message ? { notes: message } : {}) } : message ? { message } : {};
    const result = await sendJson('POST', `/api/submissions/${submissionId}/${action}`, body);
    setBusy(false);
    if (result.state === 'ok') {
      setDone(action);
      setMessage('');
      onDone(action);
    } else if (result.state === 'error')
      setError({ code: result.code, message: result.message, details: result.details });
    else setError({ code: 'UNAVAILABLE', message: t('work.actions.unavailable') });
  }

  const doneMessage = done ? (
    <p className="ok-message" role="status">
      {t('work.actions.done', { action: t(`work.actions.${done}`, { defaultValue: done }) })}
    </p>
  ) : null;
  if (allowed.length === 0) {
    return (
      <>
        {doneMessage}
        <p className="hint">{t('work.actions.none')}</p>
      </>
    );
  }
  return (
    <section aria-labelledby="actions-title" className="card actions-panel" data-testid="submission-actions">
      <h2 id="actions-title">{t('work.actions.title')}</h2>
      <div className="field">
        <label htmlFor="action-message">
          {allowed.includes('publish') ? t('work.actions.notes') : t('work.actions.message')}
        </label>
        <textarea
          id="action-message"
          rows={2}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
        />
      </div>
      <div className="toolbar__group">
        {allowed.map((action) => (
          <button
            key={action}
            type="button"
            className={PRIMARY.has(action) ? 'button button--primary' : 'button'}
            disabled={busy || blocked[action] !== undefined}
            title={blocked[action]}
            aria-describedby={blocked[action] ? `blocked-${action}` : undefined}
            onClick={() => run(action)}
            data-testid={`action-${action}`}
          >
            {t(`work.actions.${action}`, { defaultValue: action })}
          </button>
        ))}
      </div>
      {Object.entries(blocked)
        .filter(([action]) => allowed.includes(action))
        .map(([action, reason]) => (
          <p
            key={action}
            id={`blocked-${action}`}
            className="hint blocked-reason"
            data-testid={`blocked-${action}`}
          >
            {reason}
          </p>
        ))}
      {doneMessage}
      {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
    </section>
  );
}
