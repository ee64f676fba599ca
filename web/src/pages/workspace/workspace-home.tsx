// The correspondent's desk: my countries, the current round and each table's status, upload
// (or practise), my submissions, and what my countries have published.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../api/session';
import type { MemberState, TableSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView, NoDataPanel } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { PolicyEventsPanel } from '../policy/policy-events-panel';
import { AccountBar } from '../work/require-session';
import { SubmissionsList } from '../work/submissions-list';
import type { CoverageResponse, SubmissionSummary } from '../work/work-types';
import { RoundStatus } from './round-status';
import { StartHere } from './start-here';
import { UploadPanel } from './upload-panel';

export function WorkspaceHome({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const tables = useApi<{ tables: TableSummary[] }>(`/api/framework/tables?lang=${lang}`);
  const members = useApi<{ members: MemberState[] }>(`/api/framework/members?lang=${lang}`);
  const coverage = useApi<CoverageResponse>(`/api/coverage?lang=${lang}`, { cache: false, version });
  const submissions = useApi<{ submissions: SubmissionSummary[] }>(`/api/submissions?lang=${lang}`, {
    cache: false,
    version,
  });
  const tableList = tables.state === 'ok' ? tables.data.tables : [];
  const tableNames = new Map(tableList.map((x) => [x.id, x.name]));
  // Tables the round requests from my countries come first in the upload form.
  const requested = new Set(
    coverage.state === 'ok'
      ? coverage.data.cells.filter((c) => user.countries.includes(c.country)).map((c) => c.table)
      : [],
  );
  const uploadTables = [...tableList].sort(
    (a, b) => Number(requested.has(b.id)) - Number(requested.has(a.id)),
  );
  const myCountries = (members.state === 'ok' ? members.data.members : [])
    .filter((m) => user.countries.includes(m.iso3))
    .map((m) => ({ iso3: m.iso3, name: m.name }));

  return (
    <div className="page workspace" data-testid="workspace">
      <h1>{t('nav.workspace')}</h1>
      <AccountBar user={user} />
      <section aria-labelledby="my-countries-title">
        <h2 id="my-countries-title">{t('work.myCountries')}</h2>
        <ul className="chip-list">
          {myCountries.map((c) => (
            <li key={c.iso3}>
              <LocalLink className="chip chip--data" to={`/countries/${c.iso3}`}>
                {c.name}
              </LocalLink>
            </li>
          ))}
        </ul>
      </section>
      <StartHere
        table={
          coverage.state === 'ok'
            ? coverage.data.cells.find((c) => user.countries.includes(c.country))?.table
            : undefined
        }
        country={myCountries[0]?.iso3}
      />
      {coverage.state === 'error' && coverage.code === 'ROUND_NOT_FOUND' ? (
        <NoDataPanel title={t('work.round.none')}>{t('work.round.noneDetail')}</NoDataPanel>
      ) : (
        <ApiView result={coverage} unavailable={<NoDataPanel title={t('work.round.none')} />}>
          {(data) => <RoundStatus coverage={data} tableNames={tableNames} countries={user.countries} />}
        </ApiView>
      )}
      {tableList.length > 0 && myCountries.length > 0 ? (
        <UploadPanel
          key={uploadTables[0]?.id}
          tables={uploadTables}
          countries={myCountries}
          onUploaded={() => setVersion((v) => v + 1)}
        />
      ) : null}
      <p>
        <LocalLink to="/workspace/metadata" data-testid="metadata-link">
          {t('travel.metadataForm.open')}
        </LocalLink>
      </p>
      <section aria-labelledby="my-submissions-title">
        <h2 id="my-submissions-title">{t('work.submissions.mine')}</h2>
        <ApiView result={submissions}>
          {({ submissions: list }) => (
            <SubmissionsList
              submissions={list}
              basePath="/workspace"
              tableNames={tableNames}
              testId="my-submissions"
              onWithdrawn={() => setVersion((v) => v + 1)}
            />
          )}
        </ApiView>
      </section>
      <PolicyEventsPanel basePath="/workspace" countries={myCountries} canAdd />
      <section aria-labelledby="published-title">
        <h2 id="published-title">{t('work.published.title')}</h2>
        <p className="hint">{t('work.published.intro')}</p>
        <ul className="inline-list">
          {myCountries.map((c) => (
            <li key={c.iso3}>
              <LocalLink className="button button--small" to={`/countries/${c.iso3}`}>
                {t('work.published.profile', { country: c.name })}
              </LocalLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
