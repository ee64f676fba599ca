// Enrolling in two-factor sign-in: the server makes a key (shown as a QR code and as text), the
// first code of the authenticator app turns it on, and the recovery codes are shown once.
// Reviewers and coordinators who must enrol see this before anything else (RequireSession).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refreshSession, type SessionUser, sendJson } from '../../api/session';
import { ErrorPanel } from '../../components/status-panel';
import { TextField } from '../../components/text-field';

interface Pending {
  secret: string;
  qrSvg: string;
}

export function TwoFactorEnrolment({ user, enabled }: { user: SessionUser; enabled: boolean }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);

  async function start() {
    setBusy(true);
    setError(null);
    const result = await sendJson<Pending>('POST', '/api/auth/2fa/enrol', {});
    setBusy(false);
    if (result.state === 'ok') setPending(result.data);
    else if (result.state === 'error') setError({ code: result.code, message: result.message });
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await sendJson<{ recoveryCodes: string[] }>('POST', '/api/auth/2fa/confirm', {
      code: code.trim(),
    });
    setBusy(false);
    if (result.state === 'ok') setRecoveryCodes(result.data.recoveryCodes);
    else if (result.state === 'error') setError({ code: result.code, message: result.message });
  }

  if (recoveryCodes) {
    return (
      <section className="card" data-testid="two-factor-done">
        <p className="notice" role="status">
          {t('account.twoFactor.done')}
        </p>
        <p>{t('account.twoFactor.recoveryCodes')}</p>
        <ul className="recovery-codes" data-testid="recovery-codes">
          {recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <button type="button" className="button button--primary" onClick={() => void refreshSession()}>
          {t('account.twoFactor.continue')}
        </button>
      </section>
    );
  }
  if (enabled) return <p className="notice">{t('account.twoFactor.enabled')}</p>;
  return (
    <section className="card" data-testid="two-factor-enrolment">
      <p>{t('account.twoFactor.intro')}</p>
      {pending ? (
        <form onSubmit={confirm}>
          <p>{t('account.twoFactor.scan')}</p>
          <img
            className="two-factor-qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(pending.qrSvg)}`}
            alt={t('account.twoFactor.qrAlt', { email: user.email })}
            width={200}
            height={200}
          />
          <p>
            {t('account.twoFactor.key')}: <code data-testid="two-factor-secret">{pending.secret}</code>
          </p>
          <TextField
            id="two-factor-code"
            label={t('account.twoFactor.confirmCode')}
            value={code}
            onValue={setCode}
            autoComplete="one-time-code"
            inputMode="numeric"
            required
          />
          {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('account.twoFactor.confirm')}
          </button>
        </form>
      ) : (
        <>
          {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void start()}
          >
            {t('account.twoFactor.start')}
          </button>
        </>
      )}
    </section>
  );
}
