import { createTransport } from 'nodemailer';

/** One message as handed to a transport. */
export interface TransportMessage {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
}

export interface MailTransport {
  /** `smtp` hands messages to a server; `mailbox` delivers nothing (the message stays readable in `mail.message`). */
  readonly kind: 'smtp' | 'mailbox';
  deliver(message: TransportMessage): Promise<void>;
}

export interface MailTransportOptions {
  /** `smtp://user:pass@host:587` or `smtps://…`; without it nothing leaves the process (development). */
  readonly smtpUrl?: string;
  /** Default sender, used when a message names none. */
  readonly from: string;
}

/**
 * The job holds a database transaction open while it delivers, so a stalled server must fail fast rather than
 * after nodemailer's default ten minutes; pg-boss retries later anyway.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/** Removes the SMTP URL's user name and password from a message, in plain and URL-encoded form. */
function redactor(smtpUrl: string): (text: string) => string {
  let secrets: string[] = [];
  try {
    const url = new URL(smtpUrl);
    secrets = [url.password, url.username].flatMap((part) => (part ? [part, decodeURIComponent(part)] : []));
  } catch {
    secrets = [smtpUrl];
  }
  secrets = [...new Set(secrets)].filter((secret) => secret.length >= 3).sort((a, b) => b.length - a.length);
  return (text) => secrets.reduce((result, secret) => result.replaceAll(secret, '***'), text);
}

function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS }, { from });
  const redact = redactor(smtpUrl);
  return {
    kind: 'smtp',
    async deliver(message) {
      try {
        await transporter.sendMail({
          from: message.from || from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html === undefined ? {} : { html: message.html }),
        });
      } catch (error) {
        // nodemailer's errors carry the server's reply and a code (EAUTH, ECONNECTION…); keep those, never the login.
        const code = typeof (error as { code?: unknown })?.code === 'string' ? `${(error as { code: string }).code}: ` : '';
        throw new Error(redact(`SMTP delivery failed: ${code}${error instanceof Error ? error.message : String(error)}`));
      }
    },
  };
}

const mailboxTransport: MailTransport = {
  kind: 'mailbox',
  async deliver() {
    // Development: the message is read from `mail.message` on the staff mailbox page.
  },
};

export function createMailTransport(options: MailTransportOptions): MailTransport {
  return options.smtpUrl ? smtpTransport(options.smtpUrl, options.from) : mailboxTransport;
}
