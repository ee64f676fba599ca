// The reviewer's queue: submissions waiting for review, accepted ones waiting for publication,
// and those returned to their correspondents.
import { useTranslation } from 'react-i18next';
import type { TableSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { SubmissionsList } from '../work/submissions-list';
import type { SubmissionSummary } from '../work/work-types';

const QUEUES = ['submitted', 'accepted', 'returned', 'draft'] as const;

function Queue({ status, tableNames }: { status: string; tableNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useApi<{ submissions: SubmissionSummary[] }>(
    `/api/submissions?status=${status}&lang=${lang}`,
    {
      cache: false,
    },
  );
  return (
    <section aria-labelledby={`queue-${status}`}>
      <h2 id={`queue-${status}`}>{t(`work.queue.${status}`)}</h2>
      <ApiView result={list}>
        {({ submissions }) => (
          <SubmissionsList
            submissions={submissions}
            basePath="/console"
            tableNames={tableNames}
            testId={`queue-${status}`}
          />
        )}
      </ApiView>
    </section>
  );
}

export function ReviewQueue() {
  const lang = useLang();
  const tables = useApi<{ tables: TableSummary[] }>(`/api/framework/tables?lang=${lang}`);
  const names = new Map(tables.state === 'ok' ? tables.data.tables.map((x) => [x.id, x.name]) : []);
  return (
    <>
      {QUEUES.map((status) => (
        <Queue key={status} status={status} tableNames={names} />
      ))}
    </>
  );
}
