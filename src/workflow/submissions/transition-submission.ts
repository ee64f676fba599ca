// One step of the lifecycle: check who may take it from here, then change the status, record the
// event and the audit entry — and, for publish, create the release — in one transaction.

import {
  findSubmission,
  insertSubmissionEvent,
  updateSubmissionStatus,
} from '../../store/repositories/submission-records.js';
import type { Store } from '../../store/store.js';
import { type AuditContext, audit } from '../audit-actor.js';
import type { Mailer } from '../mail/send-mail.js';
import type { Actor } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';
import { blocksPublisher, readFourEyes } from './four-eyes.js';
import { type PublishOptions, publishSubmissionTx } from './publish-submission.js';
import { sendReviewMail } from './review-mail.js';
import { loadReadableSubmission } from './submission-access.js';
import { checkReadyToSubmit } from './submission-checks.js';
import { planTransition, type SubmissionAction } from './submission-states.js';

export interface TransitionInput extends PublishOptions {
  action: SubmissionAction;
  message?: string | null;
}

export interface TransitionOutcome {
  id: number;
  status: string;
  release?: { id: number; observationCount: number; publishedAt: string };
}

export async function transitionSubmission(
  store: Store,
  mailer: Mailer | null,
  context: AuditContext & { actor: Actor },
  id: number,
  input: TransitionInput,
  policy: { fourEyes: boolean } = { fourEyes: false },
): Promise<TransitionOutcome> {
  const submission = await loadReadableSubmission(store.db, context.actor, id);
  const to = planTransition(input.action, submission.status, context.actor.role);
  if (input.action === 'publish') {
    const fourEyes = await readFourEyes(store.db, submission, policy.fourEyes);
    if (blocksPublisher(fourEyes, context.actor)) throw new WorkflowError('FOUR_EYES', 403);
  }
  if (input.action === 'submit') await checkReadyToSubmit(store.db, submission);
  const publishAt = input.publishAt ? readPublicationTime(input.publishAt) : undefined;
  const at = new Date().toISOString();
  const outcome = await store.transaction(async (tx) => {
    // The status is re-checked by the update itself: two reviewers cannot both accept.
    if (!(await updateSubmissionStatus(tx.db, id, submission.status, to, at))) {
      const now = await findSubmission(tx.db, id);
      throw new WorkflowError('TRANSITION_NOT_ALLOWED', 409, {
        action: input.action,
        status: now?.status ?? 'unknown',
      });
    }
    await insertSubmissionEvent(tx.db, {
      submissionId: id,
      action: input.action,
      from: submission.status,
      to,
      actorId: context.actor.id,
      at,
      message: input.message ?? null,
    });
    const release =
      input.action === 'publish'
        ? await publishSubmissionTx(tx, context.actor, submission, {
            ...(publishAt ? { publishAt } : {}),
            notes: input.notes ?? input.message ?? null,
          })
        : undefined;
    await audit(tx.db, context, {
      action: `submission.${input.action}`,
      entityType: 'submission',
      entityId: id,
      details: {
        table: submission.table_id,
        country: submission.ref_area,
        from: submission.status,
        to,
        ...(input.message ? { message: input.message } : {}),
        ...(release ? { releaseId: release.releaseId, publishedAt: release.publishedAt } : {}),
      },
    });
    if (release) {
      await audit(tx.db, context, {
        action: 'release.publish',
        entityType: 'release',
        entityId: release.releaseId,
        details: { table: submission.table_id, submission: id, ...release },
      });
    }
    return {
      id,
      status: to,
      ...(release
        ? {
            release: {
              id: release.releaseId,
              observationCount: release.observationCount,
              publishedAt: release.publishedAt,
            },
          }
        : {}),
    };
  });
  if (mailer) await sendReviewMail(store, mailer, submission, input.action, input.message ?? null);
  return outcome;
}

/** How far in the past a requested publication time may be and still mean "now" (clock skew). */
export const PUBLISH_AT_SKEW_MS = 60_000;

/**
 * An embargo time, as ISO UTC so that it sorts with every other time in the store. A release's
 * time is when it became public: a past time would rewrite what `asOf` reads and pinned reports
 * of earlier dates showed, so it is refused; a time within the clock skew means now (undefined).
 */
function readPublicationTime(value: string): string | undefined {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new WorkflowError('INVALID_DATE', 400, { value });
  const now = Date.now();
  if (time < now - PUBLISH_AT_SKEW_MS) throw new WorkflowError('PUBLISH_AT_IN_PAST', 422, { value });
  return time > now ? new Date(time).toISOString() : undefined;
}
