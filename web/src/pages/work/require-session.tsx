// Guards the signed-in areas: asks to sign in, or says the area is not for this role. The
// server enforces every permission anyway; this only spares the reader a page of 403s. A
// reviewer or coordinator who must enrol in two-factor sign-in is shown the enrolment first.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type Role, type SessionUser, signOut, useSession } from '../../api/session';
import { ErrorPanel, LoadingPanel, NoDataPanel } from '../../components/status-panel';
import { TwoFactorEnrolment } from '../account/two-factor-enrolment';
import { SignInForm } from './sign-in-form';

export function RequireSession({
  title,
  roles,
  children,
}: {
  title: string;
  roles: readonly Role[];
  children: (user: SessionUser) => ReactNode;
}) {
  const { t } = useTranslation();
  const session = useSession();
  switch (session.state) {
    case 'loading':
      return <LoadingPanel />;
    case 'unavailable':
      return (
        <div className="page">
          <h1>{title}</h1>
          <NoDataPanel title={t('work.signIn.unavailable')}>{t('work.signIn.unavailableDetail')}</NoDataPanel>
        </div>
      );
    case 'error':
      return <ErrorPanel code="SESSION" message={session.message} />;
    case 'anonymous':
      return <SignInForm title={title} />;
    case 'signedIn':
      if (session.twoFactor.enrolmentRequired) {
        return (
          <div className="page">
            <h1>{t('account.twoFactor.title')}</h1>
            <p className="notice" role="alert">
              {t('account.twoFactor.required')}
            </p>
            <TwoFactorEnrolment user={session.user} enabled={false} />
          </div>
        );
      }
      if (!roles.includes(session.user.role)) {
        return (
          <div className="page">
            <h1>{title}</h1>
            <p className="notice" role="alert">
              {t('work.wrongRole', { role: t(`work.roles.${session.user.role}`) })}
            </p>
            <button type="button" className="button" onClick={() => void signOut()}>
              {t('work.signOut')}
            </button>
          </div>
        );
      }
      return <>{children(session.user)}</>;
  }
}

export function AccountBar({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  return (
    <div className="account-bar">
      <span data-testid="signed-in-as">
        {t('work.signedInAs', { email: user.email, role: t(`work.roles.${user.role}`) })}
        {user.countries.length > 0 ? ` · ${user.countries.join(', ')}` : ''}
      </span>
      <Link className="button button--small" to="/account/two-factor">
        {t('account.twoFactor.title')}
      </Link>
      <button type="button" className="button button--small" onClick={() => void signOut()}>
        {t('work.signOut')}
      </button>
    </div>
  );
}
