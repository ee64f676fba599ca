// A submission as the reviewer and the correspondent see it: its record, validation report,
// warnings with their justifications, the revision diff, the mirror checks, the comment threads,
// the event history and the actions the caller may take now.
import type { Kysely } from 'kysely';
import { getTable } from '../../framework/index.js';
import type { Lang } from '../../framework/types.js';
import { listComments } from '../../store/repositories/comments.js';
import { listJustifications } from '../../store/repositories/justifications.js';
import {
  listSubmissionEvents,
  type SubmissionEventRow,
  type SubmissionRow,
} from '../../store/repositories/submission-records.js';
import { listSubmissionVersions, type VersionSummary } from '../../store/repositories/submission-versions.js';
import type { Database } from '../../store/schema.js';
import type { Actor } from '../roles.js';
import { blocksPublisher, readFourEyes } from './four-eyes.js';
import { localizeIssue, localizeReport } from './localize-report.js';
import { computeMirrorChecks } from './mirror-checks.js';
import { listWarnings, parseReport, readReportIssues } from './report-issues.js';
import { computeRevisionDiff } from './revision-diff.js';
import { loadReadableSubmission } from './submission-access.js';
import { listAllowedActions } from './submission-states.js';
import { summarizeVersion } from './version-summary.js';
import { listWarningGroups } from './warning-groups.js';

export function describeSubmission(row: SubmissionRow, events: readonly SubmissionEventRow[] = []) {
  const submitted = events.find((e) => e.submission_id === row.id && e.to_status === 'submitted');
  return {
    id: row.id,
    table: row.table_id,
    country: row.ref_area,
    roundId: row.round_id,
    status: row.status,
    fileSha256: row.file_sha256,
    origin: row.origin,
    observationCount: row.observation_count,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: submitted?.at ?? null,
    version: row.version,
  };
}

export async function getSubmissionDetail(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  lang: Lang = 'en',
  policy: { fourEyes: boolean } = { fourEyes: false },
) {
  const row = await loadReadableSubmission(db, actor, id);
  const table = getTable(row.table_id);
  const report = parseReport(row.report);
  const issues = table ? readReportIssues(report, table) : [];
  const justifications = await listJustifications(db, id);
  const warnings = listWarnings(issues, justifications);
  const events = await listSubmissionEvents(db, [id]);
  const file = row.file_sha256
    ? await db
        .selectFrom('files')
        .select(['sha256', 'original_name', 'size', 'media_type'])
        .where('sha256', '=', row.file_sha256)
        .executeTakeFirst()
    : undefined;
  const fourEyes = await readFourEyes(db, row, policy.fourEyes);
  return {
    submission: {
      ...describeSubmission(row, events),
      file: file
        ? {
            sha256: file.sha256,
            name: file.original_name,
            size: Number(file.size),
            mediaType: file.media_type,
          }
        : null,
      metadata: parseReport(row.metadata) ?? {},
    },
    report: localizeReport(report, lang),
    warnings: warnings.map((w) => localizeIssue(w, lang)),
    warningGroups: listWarningGroups(warnings, justifications, lang),
    justifications,
    diff: await computeRevisionDiff(db, row),
    mirror: await computeMirrorChecks(db, row),
    comments: await listComments(db, id),
    events: events.map((e) => ({
      action: e.action,
      from: e.from_status,
      to: e.to_status,
      actorId: e.actor_id,
      at: e.at,
      message: e.message,
    })),
    allowedActions: listAllowedActions(row.status, actor.role).filter(
      (action) => action !== 'publish' || !blocksPublisher(fourEyes, actor),
    ),
    versions: await listVersions(db, row),
    fourEyes,
  };
}

/** Each version with its file (the shape of `submission.file`), oldest first. */
async function listVersions(db: Kysely<Database>, row: SubmissionRow) {
  const versions = await listSubmissionVersions(db, row.id);
  const shas = [...new Set(versions.map((v) => v.file_sha256).filter((s): s is string => s !== null))];
  const files = shas.length
    ? await db
        .selectFrom('files')
        .select(['sha256', 'original_name', 'size', 'media_type'])
        .where('sha256', 'in', shas)
        .execute()
    : [];
  const bySha = new Map(files.map((f) => [f.sha256, f]));
  const listed = versions.map((v) => {
    const file = v.file_sha256 ? bySha.get(v.file_sha256) : undefined;
    return {
      n: v.n,
      file: file
        ? {
            sha256: file.sha256,
            name: v.file_name ?? file.original_name,
            size: Number(file.size),
            mediaType: file.media_type,
          }
        : null,
      createdAt: v.created_at,
      createdBy: v.created_by,
      summary: JSON.parse(v.summary) as VersionSummary,
    };
  });
  // A submission recorded without a version (typed in the grid) is its own version 1.
  if (!listed.some((v) => v.n === row.version)) {
    listed.push({
      n: row.version,
      file: null,
      createdAt: row.created_at,
      createdBy: row.created_by,
      summary: summarizeVersion(row),
    });
  }
  return listed;
}
