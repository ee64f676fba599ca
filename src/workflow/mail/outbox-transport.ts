import type { MailMessage, MailTransport } from './mail-transport.js';

/** No SMTP: the message stays in the outbox table; the log line tells an operator it is there. */
export function createOutboxTransport(log: (line: string) => void = () => {}): MailTransport {
  return {
    name: 'outbox',
    async deliver(_from: string, message: MailMessage) {
      log(`mail kept in outbox (no SMTP configured): to=${message.to} subject="${message.subject}"`);
    },
  };
}
