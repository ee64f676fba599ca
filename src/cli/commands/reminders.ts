// `sicremi reminders send [--days N]`: mails correspondents whose requested tables are not
// submitted within N days of a round's deadline (the round's own setting by default).
// Idempotent: running it again the same day sends nothing new. Meant for a daily cron job.
import { type Command, InvalidArgumentError } from 'commander';
import { readConfig } from '../../config.js';
import { openPreparedStore } from '../../store/prepare-store.js';
import { createMailer } from '../../workflow/mail/send-mail.js';
import { sendReminders } from '../../workflow/reminders.js';

export function registerRemindersCommands(program: Command): void {
  const reminders = program.command('reminders').description('deadline reminders to correspondents');
  reminders
    .command('send')
    .description('send the reminders that are due (idempotent)')
    .option('--days <n>', 'days before the deadline (default: each round’s setting)', parseDays)
    .option('--now <time>', 'pretend it is this ISO time (for a catch-up run)')
    .action(async (options: { days?: number; now?: string }) => {
      const config = readConfig();
      const store = await openPreparedStore(config);
      try {
        const outcome = await sendReminders(store, createMailer(config), {
          ...(options.days !== undefined ? { daysBefore: options.days } : {}),
          ...(options.now ? { now: new Date(options.now) } : {}),
        });
        process.stdout.write(
          `reminders: ${outcome.sent} sent, ${outcome.alreadySent} already sent` +
            `${outcome.rounds.length ? ` (rounds ${outcome.rounds.join(', ')})` : ' (no round in its reminder window)'}\n`,
        );
      } finally {
        await store.close();
      }
    });
}

function parseDays(value: string): number {
  const days = Number(value);
  if (!Number.isInteger(days) || days < 0) throw new InvalidArgumentError('a whole number of days');
  return days;
}
