// /account/two-factor: any signed-in account may turn on two-factor sign-in here.
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { AccountBar, RequireSession } from '../work/require-session';
import { TwoFactorEnrolment } from './two-factor-enrolment';

export default function TwoFactorPage() {
  const { t } = useTranslation();
  const session = useSession();
  const enabled = session.state === 'signedIn' && session.twoFactor.enabled;
  return (
    <RequireSession title={t('account.twoFactor.title')} roles={['admin', 'reviewer', 'correspondent']}>
      {(user) => (
        <div className="page">
          <AccountBar user={user} />
          <h1>{t('account.twoFactor.title')}</h1>
          <TwoFactorEnrolment user={user} enabled={enabled} />
        </div>
      )}
    </RequireSession>
  );
}
