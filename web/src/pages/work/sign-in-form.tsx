// Sign-in for correspondents and OAS staff. Errors come back from the server in the reader's
// language (wrong password, account locked after repeated failures…). An account enrolled in
// two-factor sign-in is then asked for the code of its authenticator app, and the form sends
// the password again with it.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn } from '../../api/session';
import { ErrorPanel } from '../../components/status-panel';
import { TextField } from '../../components/text-field';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';

export function SignInForm({ title }: { title: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [askCode, setAskCode] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await signIn(email, password, lang, askCode ? code.trim() : undefined);
    setBusy(false);
    if (result.state === 'error' && result.code === 'TWO_FACTOR_CODE_REQUIRED' && !askCode) {
      setAskCode(true);
      return;
    }
    if (result.state === 'error') setError({ code: result.code, message: result.message });
    if (result.state === 'unavailable')
      setError({ code: 'UNAVAILABLE', message: t('work.signIn.unavailable') });
  }

  return (
    <div className="page">
      <h1>{title}</h1>
      <form className="card sign-in" onSubmit={submit} data-testid="sign-in-form">
        <h2>{t('work.signIn.title')}</h2>
        <p className="hint">{t('work.signIn.hint')}</p>
        <TextField
          id="sign-in-email"
          label={t('work.signIn.email')}
          value={email}
          onValue={setEmail}
          type="email"
          autoComplete="username"
          required
        />
        <TextField
          id="sign-in-password"
          label={t('work.signIn.password')}
          value={password}
          onValue={setPassword}
          type="password"
          autoComplete="current-password"
          required
        />
        {askCode ? (
          <>
            <p className="hint">{t('account.codeHint')}</p>
            <TextField
              id="sign-in-code"
              label={t('account.code')}
              value={code}
              onValue={setCode}
              autoComplete="one-time-code"
              inputMode="numeric"
              autoFocus
              required
            />
          </>
        ) : null}
        {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('work.signIn.submit')}
        </button>
        <p>
          <LocalLink to="/reset-password" data-testid="forgot-password">
            {t('loop.signIn.forgot')}
          </LocalLink>
        </p>
      </form>
    </div>
  );
}
