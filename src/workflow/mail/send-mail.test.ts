// Mail over a real SMTP connection (an in-process SMTP server, smtp-server from the nodemailer
// project): the message arrives whole, accents included, and the outbox row says it was sent; a
// server that refuses the recipient leaves the message in the outbox with the refusal.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { createTestStore, type TestStore } from '../../../test/support/test-store.js';
import { prepareStore } from '../../store/prepare-store.js';
import { listOutbox } from '../../store/repositories/mail-outbox.js';
import { createMailer, sendMail } from './send-mail.js';

describe('sendMail over SMTP', () => {
  let t: TestStore;
  let server: SMTPServer;
  let port = 0;
  const received: { from: string; to: string[]; raw: string }[] = [];

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (address.address.endsWith('@refused.invalid')) callback(new Error('550 mailbox unavailable'));
        else callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.cleanup();
  });

  test('delivers the message and marks it sent', async () => {
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'SICREMI <no-reply@sicremi.test>',
    });
    assert.equal(mailer.transport.name, 'smtp');
    const sent = await sendMail(t.store, mailer, {
      to: 'corresponsal@example.cl',
      subject: 'Recordatorio: envío pendiente',
      text: 'Estimada corresponsal: la tabla MIG_STOCK_FB vence el 31 de marzo. ¡Gracias!',
      kind: 'reminder',
      dedupeKey: 'reminder-test-1',
    });
    assert.equal(sent, true);
    assert.equal(received.length, 1);
    assert.deepEqual(received[0]!.to, ['corresponsal@example.cl']);
    assert.equal(received[0]!.from, 'no-reply@sicremi.test');
    const decoded = decodeBody(received[0]!.raw);
    assert.ok(decoded.includes('¡Gracias!'), decoded);
    const row = (await listOutbox(t.store.db)).find((r) => r.to === 'corresponsal@example.cl');
    assert.ok(row?.sentAt, 'the outbox row records the delivery');
    assert.equal(row?.error, null);
    // The same dedupe key does not go out twice.
    assert.equal(
      await sendMail(t.store, mailer, {
        to: 'corresponsal@example.cl',
        subject: 'x',
        text: 'x',
        kind: 'reminder',
        dedupeKey: 'reminder-test-1',
      }),
      false,
    );
    assert.equal(received.length, 1);
  });

  test('a refusal by the server stays in the outbox with its reason', async () => {
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'no-reply@sicremi.test' });
    await sendMail(t.store, mailer, {
      to: 'nobody@refused.invalid',
      subject: 'Reset',
      text: 'link',
      kind: 'password-reset',
    });
    const row = (await listOutbox(t.store.db)).find((r) => r.to === 'nobody@refused.invalid');
    assert.equal(row?.sentAt, null);
    assert.match(row?.error ?? '', /mailbox unavailable/);
  });
});

/** The text part of a MIME message, undoing quoted-printable or base64 transfer encoding. */
function decodeBody(raw: string): string {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body, 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}
