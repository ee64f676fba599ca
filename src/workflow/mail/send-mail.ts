// Sending a message records it in the outbox first, then hands it to the transport; a delivery
// failure is recorded on the row, never lost. A message with a dedupe key is sent at most once.
import type { Config } from '../../config.js';
import { hasOutboxKey, insertOutbox, markOutbox } from '../../store/repositories/mail-outbox.js';
import type { Store } from '../../store/store.js';
import type { MailMessage, MailTransport } from './mail-transport.js';
import { createOutboxTransport } from './outbox-transport.js';
import { createSmtpTransport } from './smtp-transport.js';

export interface Mailer {
  transport: MailTransport;
  from: string;
}

export function createMailer(
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Mailer {
  return {
    transport: config.smtpUrl ? createSmtpTransport(config.smtpUrl) : createOutboxTransport(log),
    from: config.mailFrom,
  };
}

/** True when the message was recorded now; false when its dedupe key had already gone out. */
export async function sendMail(store: Store, mailer: Mailer, message: MailMessage): Promise<boolean> {
  if (message.dedupeKey && (await hasOutboxKey(store.db, message.dedupeKey))) return false;
  let id: number;
  try {
    id = await insertOutbox(store.db, {
      to: message.to,
      subject: message.subject,
      body: message.text,
      kind: message.kind,
      transport: mailer.transport.name,
      ...(message.dedupeKey ? { dedupeKey: message.dedupeKey } : {}),
    });
  } catch (error) {
    // A concurrent sender recorded the same dedupe key first: that one goes out, this one not.
    if (message.dedupeKey && (await hasOutboxKey(store.db, message.dedupeKey))) return false;
    throw error;
  }
  try {
    await mailer.transport.deliver(mailer.from, message);
    if (mailer.transport.name !== 'outbox') {
      await markOutbox(store.db, id, { sentAt: new Date().toISOString(), error: null });
    }
  } catch (error) {
    await markOutbox(store.db, id, { sentAt: null, error: (error as Error).message });
  }
  return true;
}
