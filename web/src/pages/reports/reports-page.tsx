// /reports: the flagship report "International Migration in the Americas" and one note per
// member state, each a page of the portal (/reports/region, /reports/:iso3).
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import type { MemberState } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';
import { ReportPage } from './report-page';

function ReportsIndex() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('reports.title'));
  const members = useApi<{ members: MemberState[] }>(`/api/framework/members?lang=${lang}`);
  return (
    <div className="page" data-testid="reports-index">
      <h1>{t('reports.title')}</h1>
      <p className="lead">{t('reports.lead')}</p>
      <p>
        <LocalLink to="/reports/region" className="button button--primary">
          {t('reports.regional')}
        </LocalLink>
      </p>
      <h2>{t('reports.countryNotes')}</h2>
      <ApiView result={members}>
        {({ members: list }) => (
          <ul className="report-index">
            {list
              .filter((m) => m.membership === 'member')
              .sort((a, b) => a.name.localeCompare(b.name, lang))
              .map((m) => (
                <li key={m.iso3}>
                  <LocalLink to={`/reports/${m.iso3}`}>{m.name}</LocalLink>
                </li>
              ))}
          </ul>
        )}
      </ApiView>
    </div>
  );
}

export default function ReportsPage() {
  return (
    <Routes>
      <Route index element={<ReportsIndex />} />
      <Route path=":scope" element={<ReportPage />} />
    </Routes>
  );
}
