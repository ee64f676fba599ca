// Outgoing mail goes through one small interface: SMTP (nodemailer) when configured, else the
// outbox transport, which delivers nothing and leaves the message in the outbox table and the log.
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** What the message is for: password-reset, reminder, review… */
  kind: string;
  /** Mail with a key goes out once only, however often it is asked for (reminders). */
  dedupeKey?: string;
}

export interface MailTransport {
  /** 'smtp' or 'outbox', recorded with each message. */
  readonly name: string;
  deliver(from: string, message: MailMessage): Promise<void>;
}
