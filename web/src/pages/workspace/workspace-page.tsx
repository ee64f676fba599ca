// /workspace: the correspondents' area. Signed-in correspondents only (OAS staff use the
// console); sub-addresses are the submission pages.
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import NotFoundPage from '../not-found-page';
import { PolicyEventPage } from '../policy/policy-event-page';
import { RequireSession } from '../work/require-session';
import { SubmissionPage } from '../work/submission-page';
import { MetadataPage } from './metadata-page';
import { WorkspaceHome } from './workspace-home';

export default function WorkspacePage() {
  const { t } = useTranslation();
  return (
    <RequireSession title={t('nav.workspace')} roles={['correspondent']}>
      {(user) => (
        <Routes>
          <Route index element={<WorkspaceHome user={user} />} />
          <Route path="submissions/:id" element={<SubmissionPage user={user} basePath="/workspace" />} />
          <Route path="policy/:id" element={<PolicyEventPage user={user} basePath="/workspace" />} />
          <Route path="metadata" element={<MetadataPage user={user} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </RequireSession>
  );
}
