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
import { ReturnReason } from './return-reason';
import { MirrorChecksView, RevisionDiffView } from './review-aids';
import { StatusBadge } from './status-badge';
import { SubmissionActions } from './submission-actions';
import { SubmissionValues } from './submission-values';
import { ValidationReportView } from './validation-report';
import { VersionsPanel } from './versions-panel';
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
          const errorCount =
            data.report?.summary?.errors ?? issues.filter((i) => i.severity === 'error').length;
          const unjustified = data.warnings.filter((w) => !w.justification).length;
          const blocked: Record<string, string> = {};
          if (errorCount > 0) blocked.submit = t('loop.submit.blockedErrors', { count: errorCount });
          else if (unjustified > 0) blocked.submit = t('loop.submit.blockedWarnings', { count: unjustified });
          const fourEyesBlocks =
            data.fourEyes?.required && data.fourEyes.acceptedBy === user.id && s.status === 'accepted';
          return (
            <>
              <h1>
                {t('work.submission.heading', { table: tableName(s.table), country: s.country })}{' '}
                <StatusBadge status={s.status} />
              </h1>
              <ReturnReason detail={data} />
              <dl className="definition-list">
                <dt>{t('work.submission.file')}</dt>
                <dd>{s.file ? `${s.file.name} (${formatNumber(s.file.size / 1024, lang, 1)} KB)` : '–'}</dd>
                <dt>{t('work.submission.observations')}</dt>
                <dd data-testid="observation-count">
                  {formatNumber(s.observationCount, lang, 0)}
                  {s.observationCount === 0 && (data.report?.observations ?? 0) > 0 ? (
                    <span className="hint">
                      {' '}
                      ·{' '}
                      {t('loop.observationsRead', {
                        read: formatNumber(data.report?.observations ?? 0, lang, 0),
                      })}
                    </span>
                  ) : null}
                </dd>
                <dt>{t('work.submission.created')}</dt>
                <dd>{formatDateTime(s.createdAt, lang)}</dd>
                <dt>{t('work.submission.submitted')}</dt>
                <dd>{formatDateTime(s.submittedAt, lang)}</dd>
              </dl>
              {data.fourEyes?.required && user.role !== 'correspondent' ? (
                <p className="hint" data-testid="four-eyes">
                  {fourEyesBlocks ? t('loop.fourEyes.you') : t('loop.fourEyes.required')}
                </p>
              ) : null}
              <SubmissionActions
                submissionId={s.id}
                allowed={data.allowedActions}
                onDone={reload}
                blocked={blocked}
              />
              <VersionsPanel
                submissionId={s.id}
                versions={data.versions ?? []}
                current={s.version ?? 1}
                editable={editable}
                onChanged={reload}
              />
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
              <SubmissionValues
                submissionId={s.id}
                version={s.version ?? 1}
                reloadKey={version}
                onCommented={reload}
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
