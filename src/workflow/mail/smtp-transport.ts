import nodemailer from 'nodemailer';
import type { MailMessage, MailTransport } from './mail-transport.js';

export function createSmtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    name: 'smtp',
    async deliver(from: string, message: MailMessage) {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
