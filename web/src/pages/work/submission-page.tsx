// A submission as both sides see it: its state and file, what may be done now, the validation
// report, unmapped national values, warnings to justify, the conversation, and the review
// aids (revision diff, mirror statistics), then its history.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { SessionUser } from '../../api/session';
import type { TableSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';
import { SourceMetadataPanel } from '../workspace/source-metadata-form';
import { CommentsPanel } from './comments-panel';
import { useRuleBook } from './issue-messages';
import { MappingPanel } from './mapping-panel';
import { MirrorChecksView, RevisionDiffView } from './review-aids';
import { StatusBadge } from './status-badge';
import { SubmissionActions } from './submission-actions';
import { ValidationReportView } from './validation-report';
import { WarningsPanel } from './warnings-panel';
import type { SubmissionDetail } from './work-types';

export function SubmissionPage({ user, basePath }: { user: SessionUser; basePath: string }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const detail = useApi<SubmissionDetail>(`/api/submissions/${id}?lang=${lang}`, { cache: false, version });
  const rules = useRuleBook(lang);
  const tables = useApi<{ tables: TableSummary[] }>(`/api/framework/tables?lang=${lang}`);
  const tableName = (id: string) =>
    (tables.state === 'ok' ? tables.data.tables.find((x) => x.id === id)?.name : undefined) ?? id;
  usePageTitle(t('work.submission.title', { id }));

  return (
    <div className="page submission-page" data-testid="submission-page">
      <p className="breadcrumb">
        <LocalLink to={basePath}>{basePath === '/console' ? t('nav.console') : t('nav.workspace')}</LocalLink>{' '}
        / {t('work.submission.title', { id })}
      </p>
      <ApiView result={detail}>
        {(data) => {
          const s = data.submission;
          const editable = user.role === 'correspondent' && (s.status === 'draft' || s.status === 'returned');
          const issues = data.report?.issues ?? [];
          return (
            <>
              <h1>
                {t('work.submission.heading', { table: tableName(s.table), country: s.country })}{' '}
                <StatusBadge status={s.status} />
              </h1>
              <dl className="definition-list">
                <dt>{t('work.submission.file')}</dt>
                <dd>{s.file ? `${s.file.name} (${formatNumber(s.file.size / 1024, lang, 1)} KB)` : '–'}</dd>
                <dt>{t('work.submission.observations')}</dt>
                <dd>{formatNumber(s.observationCount, lang, 0)}</dd>
                <dt>{t('work.submission.created')}</dt>
                <dd>{formatDateTime(s.createdAt, lang)}</dd>
                <dt>{t('work.submission.submitted')}</dt>
                <dd>{formatDateTime(s.submittedAt, lang)}</dd>
              </dl>
              <SubmissionActions submissionId={s.id} allowed={data.allowedActions} onDone={reload} />
              {data.report ? (
                <ValidationReportView report={data.report} rules={rules} fileName={`submission-${s.id}`} />
              ) : null}
              {editable ? <MappingPanel issues={issues} table={s.table} country={s.country} /> : null}
              <WarningsPanel
                groups={data.warningGroups ?? []}
                submissionId={s.id}
                canJustify={editable}
                onSaved={reload}
              />
              <CommentsPanel comments={data.comments} submissionId={s.id} onPosted={reload} />
              <SourceMetadataPanel country={s.country} table={s.table} />
              {user.role !== 'correspondent' || s.status !== 'draft' ? (
                <>
                  <RevisionDiffView diff={data.diff} />
                  <MirrorChecksView mirror={data.mirror} />
                </>
              ) : null}
              <section aria-labelledby="history-title">
                <h2 id="history-title">{t('work.submission.history')}</h2>
                <ol className="event-list">
                  {data.events.map((event, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: events are append-only, in order
                    <li key={index}>
                      {formatDateTime(event.at, lang)} —{' '}
                      {t(`work.actions.${event.action}`, { defaultValue: event.action })}
                      {event.to ? (
                        <>
                          {' '}
                          → <StatusBadge status={event.to} />
                        </>
                      ) : null}
                      {event.message ? <q className="event-message">{event.message}</q> : null}
                    </li>
                  ))}
                </ol>
              </section>
            </>
          );
        }}
      </ApiView>
    </div>
  );
}
