// /workspace/entry/:table/:country: the data-entry grid (issue 8). Correspondents type their
// country's table here; OAS staff may read it. The grid is the table as the correspondent reads
// it, its issues come from the server's rules (the same as uploads), and the draft becomes a
// submission exactly as an upload does.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { RequireSession } from '../work/require-session';
import type { EntryGridResponse } from './entry-types';
import { EntryWorkspace } from './entry-workspace';

export default function EntryPage() {
  const { t } = useTranslation();
  return (
    <RequireSession title={t('entry.title')} roles={['correspondent', 'reviewer', 'admin']}>
      {() => <EntryLoader />}
    </RequireSession>
  );
}

function EntryLoader() {
  const lang = useLang();
  const { table = '', country = '' } = useParams();
  const path = `/api/entry/${encodeURIComponent(table)}/${encodeURIComponent(country)}`;
  const grid = useApi<EntryGridResponse>(`${path}?lang=${lang}`, { cache: false });
  return (
    <div className="page entry-page" data-testid="entry-page">
      <ApiView result={grid}>{(data) => <EntryWorkspace key={lang} grid={data} path={path} />}</ApiView>
    </div>
  );
}
