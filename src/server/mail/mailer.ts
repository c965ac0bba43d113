import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  readonly configured: boolean;
  send(message: MailMessage): Promise<boolean>;
}

export function createMailer(config: Config, log: { warn: (obj: object, msg: string) => void }): Mailer {
  if (!config.smtp) return { configured: false, send: async () => false };
  const transport = nodemailer.createTransport(config.smtp.url);
  const from = config.smtp.from;
  return {
    configured: true,
    async send(message) {
      try {
        await transport.sendMail({ from, ...message });
        return true;
      } catch (error) {
        log.warn({ err: error, to: message.to }, 'e-mail could not be sent');
        return false;
      }
    },
  };
}
