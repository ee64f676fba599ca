// "Forgot your password?" (issue 17): ask for a reset link by email; the link the mail carries
// (/reset-password?token=…) opens the same page to choose the new password.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { fetchJson } from '../../api/fetch-json';
import { type Refusal, refusalOf } from '../../api/refusal';
import { ErrorPanel } from '../../components/status-panel';
import { TextField } from '../../components/text-field';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<Refusal | null>(null);
  usePageTitle(t('loop.reset.title'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await fetchJson(
      token ? `/api/auth/password-reset/confirm?lang=${lang}` : `/api/auth/password-reset?lang=${lang}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(token ? { token, password } : { email }),
      },
    );
    setBusy(false);
    if (result.state === 'ok') setDone(true);
    else setError(refusalOf(result));
  }

  return (
    <div className="page">
      <h1>{t('loop.reset.title')}</h1>
      <form className="card sign-in" onSubmit={submit} data-testid="reset-password-form">
        {token ? (
          <>
            <h2>{t('loop.reset.choose')}</h2>
            <TextField
              id="reset-password"
              label={t('loop.reset.password')}
              value={password}
              onValue={setPassword}
              type="password"
              autoComplete="new-password"
              required
            />
          </>
        ) : (
          <>
            <p className="hint">{t('loop.reset.intro')}</p>
            <TextField
              id="reset-email"
              label={t('loop.reset.email')}
              value={email}
              onValue={setEmail}
              type="email"
              autoComplete="username"
              required
            />
          </>
        )}
        {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
        {done ? (
          <p className="ok-message" role="status">
            {token ? t('loop.reset.saved') : t('loop.reset.sent')}{' '}
            {token ? <LocalLink to="/workspace">{t('loop.reset.signIn')}</LocalLink> : null}
          </p>
        ) : (
          <button type="submit" className="button button--primary" disabled={busy}>
            {token ? t('loop.reset.save') : t('loop.reset.send')}
          </button>
        )}
      </form>
    </div>
  );
}
