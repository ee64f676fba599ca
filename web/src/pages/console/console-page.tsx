// /console: the OAS reviewers' and administrators' area — review queue, coverage, rounds,
// phases, users, code lists and the audit log; each part at its own address.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import type { SessionUser } from '../../api/session';
import { LocalNavLink } from '../../layout/local-link';
import NotFoundPage from '../not-found-page';
import { PolicyEventPage } from '../policy/policy-event-page';
import { PolicyEventsPanel } from '../policy/policy-events-panel';
import { ReferenceAdmin } from '../reference/reference-admin';
import { TrainingProgress } from '../training/training-progress';
import { AccountBar, RequireSession } from '../work/require-session';
import { SubmissionPage } from '../work/submission-page';
import { AuditLog } from './audit-log';
import { CoverageMatrix } from './coverage-matrix';
import { PhasesAdmin } from './phases-admin';
import { ReviewQueue } from './review-queue';
import { RoundsAdmin } from './rounds-admin';
import { UsersAdmin } from './users-admin';

function ConsoleFrame({ user, children }: { user: SessionUser; children: ReactNode }) {
  const { t } = useTranslation();
  const sections = [
    { to: '/console', key: 'work.console.queue', end: true },
    { to: '/console/coverage', key: 'work.console.coverage', end: false },
    { to: '/console/rounds', key: 'work.console.rounds', end: false },
    { to: '/console/phases', key: 'work.console.phases', end: false },
    { to: '/console/codes', key: 'reference.title', end: false },
    { to: '/console/training', key: 'training.title', end: false },
    { to: '/console/policy', key: 'policy.title', end: false },
    ...(user.role === 'admin'
      ? [
          { to: '/console/users', key: 'work.console.users', end: false },
          { to: '/console/audit', key: 'work.console.audit', end: false },
        ]
      : []),
  ];
  return (
    <div className="page console" data-testid="console">
      <h1>{t('nav.console')}</h1>
      <AccountBar user={user} />
      <nav aria-label={t('work.console.sections')} className="subnav">
        <ul>
          {sections.map((s) => (
            <li key={s.to}>
              <LocalNavLink to={s.to} end={s.end}>
                {t(s.key)}
              </LocalNavLink>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}

export default function ConsolePage() {
  const { t } = useTranslation();
  return (
    <RequireSession title={t('nav.console')} roles={['reviewer', 'admin']}>
      {(user) => (
        <Routes>
          <Route path="submissions/:id" element={<SubmissionPage user={user} basePath="/console" />} />
          <Route path="policy/:id" element={<PolicyEventPage user={user} basePath="/console/policy" />} />
          <Route
            path="*"
            element={
              <ConsoleFrame user={user}>
                <Routes>
                  <Route index element={<ReviewQueue />} />
                  <Route path="coverage" element={<CoverageMatrix />} />
                  <Route path="rounds" element={<RoundsAdmin user={user} />} />
                  <Route path="phases" element={<PhasesAdmin user={user} />} />
                  <Route path="codes" element={<ReferenceAdmin />} />
                  <Route path="training" element={<TrainingProgress />} />
                  <Route
                    path="policy"
                    element={<PolicyEventsPanel basePath="/console" countries={[]} canAdd={false} />}
                  />
                  {user.role === 'admin' ? <Route path="users" element={<UsersAdmin />} /> : null}
                  {user.role === 'admin' ? <Route path="audit" element={<AuditLog />} /> : null}
                  <Route path="*" element={<NotFoundPage />} />
                </Routes>
              </ConsoleFrame>
            }
          />
        </Routes>
      )}
    </RequireSession>
  );
}
