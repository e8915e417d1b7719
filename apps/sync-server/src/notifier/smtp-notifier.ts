import nodemailer from 'nodemailer';
import type { Notifier } from './notifier.ts';

/** E-mail over SMTP (`SMTP_URL`, e.g. `smtp://user:pass@mail.example:587`). */
export function smtpNotifier(smtpUrl: string, from: string): Notifier {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: 'Родник',
        text: message.text,
      });
    },
  };
}
