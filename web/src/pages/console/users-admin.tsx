// Accounts and roles (admins): the list, and a new account — a correspondent is scoped to
// one or more countries.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Refusal, refusalOf } from '../../api/refusal';
import { sendJson } from '../../api/session';
import { useApi } from '../../api/use-api';
import { ApiView, ErrorPanel } from '../../components/status-panel';
import { TextField } from '../../components/text-field';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { useCountryNames } from '../work/use-country-names';

interface UserRow {
  id: number;
  email: string;
  role: string;
  name: string | null;
  countries: string[];
  disabled: boolean;
  createdAt: string;
  lockedUntil: string | null;
}

export function UsersAdmin() {
  const { t } = useTranslation();
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const users = useApi<{ users: UserRow[] }>('/api/users', { cache: false, version });
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{t('work.users.title')}</h2>
      <ApiView result={users}>
        {({ users: list }) => (
          <div className="table-scroll">
            <table className="data-table" data-testid="users-table">
              <thead>
                <tr>
                  <th scope="col">{t('work.signIn.email')}</th>
                  <th scope="col">{t('work.users.role')}</th>
                  <th scope="col">{t('common.countries')}</th>
                  <th scope="col">{t('work.users.created')}</th>
                  <th scope="col">{t('common.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((u) => (
                  <tr key={u.id}>
                    <td>{u.email}</td>
                    <td>{t(`work.roles.${u.role}`, { defaultValue: u.role })}</td>
                    <td>{u.countries.join(', ')}</td>
                    <td>{formatDate(u.createdAt, lang)}</td>
                    <td>
                      {u.disabled
                        ? t('work.users.disabled')
                        : u.lockedUntil
                          ? t('work.users.locked')
                          : t('work.users.active')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ApiView>
      <NewUserForm onCreated={() => setVersion((v) => v + 1)} />
    </section>
  );
}

function NewUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState('correspondent');
  const [countries, setCountries] = useState('');
  const [error, setError] = useState<Refusal | null>(null);
  const [created, setCreated] = useState(false);
  const names = useCountryNames();
  const resolved = names.resolve(countries);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await sendJson('POST', `/api/users?lang=${lang}`, {
      email,
      password,
      role,
      // Names or ISO3 codes; what matches no member state goes as typed, for the server to refuse.
      countries: [...resolved.codes, ...resolved.unknown.map((word) => word.toUpperCase())],
      lang,
    });
    if (result.state === 'ok') {
      setCreated(true);
      setError(null);
      setEmail('');
      setPassword('');
      onCreated();
    } else setError(refusalOf(result));
  }

  return (
    <form className="card" onSubmit={submit}>
      <h3>{t('work.users.new')}</h3>
      <div className="form-row">
        <TextField
          id="new-user-email"
          label={t('work.signIn.email')}
          value={email}
          onValue={setEmail}
          type="email"
          required
        />
        <TextField
          id="new-user-password"
          label={t('work.signIn.password')}
          value={password}
          onValue={setPassword}
          type="password"
          autoComplete="new-password"
          required
        />
        <div className="field">
          <label htmlFor="new-user-role">{t('work.users.role')}</label>
          <select id="new-user-role" value={role} onChange={(event) => setRole(event.target.value)}>
            {['correspondent', 'reviewer', 'admin'].map((r) => (
              <option key={r} value={r}>
                {t(`work.roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="new-user-countries"
          label={t('work.users.countries')}
          value={countries}
          onValue={setCountries}
          type="text"
          placeholder="Chile, Argentina"
        />
      </div>
      {resolved.codes.length || resolved.unknown.length ? (
        <p className="hint" data-testid="new-user-countries-resolved">
          {resolved.codes.map((code) => `${names.nameOf(code)} (${code})`).join(', ')}
          {resolved.unknown.length
            ? ` · ${t('loop.console.unknownCountries', { names: resolved.unknown.join(', ') })}`
            : ''}
        </p>
      ) : null}
      {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
      {created ? <p className="ok-message">{t('work.users.createdOk')}</p> : null}
      <button type="submit" className="button button--primary">
        {t('work.users.create')}
      </button>
    </form>
  );
}
