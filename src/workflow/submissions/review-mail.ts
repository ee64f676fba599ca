// Review messages by mail: a submission sent for review tells the reviewers; a return, an
// acceptance or a publication tells the country's correspondents, with the reviewer's message.

import type { SubmissionRow } from '../../store/repositories/submission-records.js';
import { listCorrespondentsOf, listUsers } from '../../store/repositories/users.js';
import type { Store } from '../../store/store.js';
import { type Mailer, sendMail } from '../mail/send-mail.js';
import type { SubmissionAction } from './submission-states.js';

export async function sendReviewMail(
  store: Store,
  mailer: Mailer,
  submission: SubmissionRow,
  action: SubmissionAction,
  message: string | null,
): Promise<void> {
  if (action === 'withdraw') return;
  const recipients =
    action === 'submit'
      ? (await listUsers(store.db)).filter((u) => u.role === 'reviewer' && !u.disabled)
      : await listCorrespondentsOf(store.db, submission.ref_area);
  const what = `${submission.table_id} (${submission.ref_area}), submission ${submission.id}`;
  const subject = `SICREMI: ${what} ${PAST[action]}`;
  for (const user of recipients) {
    await sendMail(store, mailer, {
      to: user.email,
      kind: 'review',
      subject,
      text: `${what} was ${PAST[action]}.${message ? `\n\nMessage:\n${message}` : ''}`,
    });
  }
}

const PAST: Record<Exclude<SubmissionAction, never>, string> = {
  submit: 'submitted for review',
  return: 'returned for correction',
  accept: 'accepted',
  publish: 'published',
  withdraw: 'withdrawn',
};
