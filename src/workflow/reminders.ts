// Reminders: from `reminderDays` before a round's deadline until the deadline, every
// correspondent of a country with requested tables not yet submitted gets one message listing
// them. Idempotent: one reminder per round, correspondent and day count, however often it runs.

import { listRounds } from '../store/repositories/rounds.js';
import { listCorrespondentsOf } from '../store/repositories/users.js';
import type { Store } from '../store/store.js';
import { computeCoverage } from './coverage.js';
import { type Mailer, sendMail } from './mail/send-mail.js';

export interface ReminderOutcome {
  sent: number;
  alreadySent: number;
  rounds: string[];
}

const NOT_SUBMITTED = new Set(['not_started', 'draft', 'returned']);

export async function sendReminders(
  store: Store,
  mailer: Mailer,
  options: { now?: Date; daysBefore?: number } = {},
): Promise<ReminderOutcome> {
  const now = options.now ?? new Date();
  const outcome: ReminderOutcome = { sent: 0, alreadySent: 0, rounds: [] };
  for (const round of await listRounds(store.db)) {
    const days = options.daysBefore ?? round.reminderDays;
    const deadline = Date.parse(round.deadline);
    const windowOpens = deadline - days * 86_400_000;
    if (now.getTime() < windowOpens || now.getTime() > deadline) continue;
    outcome.rounds.push(round.name);
    const { cells } = await computeCoverage(store.db, round, { now });
    const pending = new Map<string, string[]>();
    for (const cell of cells) {
      if (NOT_SUBMITTED.has(cell.status))
        pending.set(cell.country, [...(pending.get(cell.country) ?? []), cell.table]);
    }
    for (const [country, tables] of pending) {
      for (const user of await listCorrespondentsOf(store.db, country)) {
        const sent = await sendMail(store, mailer, {
          to: user.email,
          kind: 'reminder',
          dedupeKey: `reminder:${round.id}:${user.id}:${country}:${days}`,
          subject: `SICREMI round ${round.name}: ${tables.length} table(s) due by ${round.deadline.slice(0, 10)}`,
          text:
            `Round ${round.name} closes on ${round.deadline.slice(0, 10)} (UTC). ` +
            `These tables of ${country} are not submitted yet:\n\n${tables.map((t) => `  - ${t}`).join('\n')}\n`,
        });
        if (sent) outcome.sent++;
        else outcome.alreadySent++;
      }
    }
  }
  return outcome;
}
