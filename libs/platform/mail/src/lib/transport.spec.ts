import { createServer, type Server } from 'node:net';
import { createMailTransport } from './transport';

interface ReceivedMail {
  readonly from: string;
  readonly to: string[];
  readonly data: string;
}

/**
 * Just enough of an SMTP server (RFC 5321) to accept what nodemailer sends: no TLS offered, so the client speaks
 * plain SMTP; AUTH is offered and refused when `refuseLogin` is set.
 */
async function startSmtpSink(options: { refuseLogin?: boolean } = {}): Promise<{ port: number; received: ReceivedMail[]; close(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server: Server = createServer((socket) => {
    socket.setEncoding('utf8');
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let buffer = '';
    let envelope = { from: '', to: [] as string[] };
    let data: string[] | null = null;
    reply('220 sink.test ESMTP');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line === '.') {
            received.push({ ...envelope, data: data.join('\r\n') });
            data = null;
            reply('250 2.0.0 queued');
          } else data.push(line.startsWith('.') ? line.slice(1) : line);
          continue;
        }
        const verb = line.split(' ', 1)[0]!.toUpperCase();
        switch (verb) {
          case 'EHLO':
            reply('250-sink.test\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME');
            break;
          case 'AUTH':
            reply(options.refuseLogin ? '535 5.7.8 Authentication credentials invalid' : '235 2.7.0 ok');
            break;
          case 'MAIL':
            envelope = { from: /<(.*)>/.exec(line)?.[1] ?? '', to: [] };
            reply('250 2.1.0 ok');
            break;
          case 'RCPT':
            envelope.to.push(/<(.*)>/.exec(line)?.[1] ?? '');
            reply('250 2.1.5 ok');
            break;
          case 'DATA':
            data = [];
            reply('354 end data with <CR><LF>.<CR><LF>');
            break;
          case 'QUIT':
            reply('221 2.0.0 bye');
            socket.end();
            break;
          case 'RSET':
          case 'NOOP':
            reply('250 2.0.0 ok');
            break;
          default:
            reply('502 5.5.2 command not implemented');
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { port: address.port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Header fields (unfolded, lower-cased names) and body of one MIME entity. */
function parseEntity(raw: string): { headers: Map<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const field of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = field.indexOf(':');
    headers.set(field.slice(0, colon).trim().toLowerCase(), field.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(split + 4) };
}

function decodeBody(body: string, encoding = '7bit'): string {
  if (encoding.toLowerCase() === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding.toLowerCase() === 'quoted-printable') {
    const encoded = body.replace(/=\r\n/g, '');
    const bytes: number[] = [];
    for (let index = 0; index < encoded.length; index++) {
      const hex = encoded.slice(index + 1, index + 3);
      if (encoded[index] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
        bytes.push(Number.parseInt(hex, 16));
        index += 2;
      } else bytes.push(...Buffer.from(encoded[index]!, 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return body;
}

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects. */
function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_match, kind: string, text: string) =>
    kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeBody(text.replace(/_/g, ' '), 'quoted-printable'),
  );
}

/** The decoded text/* parts of a message, by content type. */
function textParts(raw: string): Map<string, string> {
  const parts = new Map<string, string>();
  const visit = (entity: string) => {
    const { headers, body } = parseEntity(entity);
    const type = headers.get('content-type') ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (type.toLowerCase().startsWith('multipart/') && boundary) {
      for (const part of body.split(`--${boundary}`).slice(1)) if (!part.startsWith('--')) visit(part.replace(/^\r\n/, ''));
    } else {
      parts.set(type.split(';')[0]!.trim().toLowerCase(), decodeBody(body.replace(/\r\n$/, ''), headers.get('content-transfer-encoding')).replace(/\r\n/g, '\n'));
    }
  };
  visit(raw);
  return parts;
}

describe('mail transports', () => {
  it('delivers the subject and the plain-text and HTML parts to a real SMTP server', async () => {
    const sink = await startSmtpSink();
    try {
      const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: 'Emporium <shop@emporium.test>' });
      expect(transport.kind).toBe('smtp');
      const text = 'Hello Ada,\nyour code is 123456.\nPrices in € stay as they were.\n.\nA line that starts with a dot.';
      const html = '<p>Hello Ada,</p><p>your code is <b>123456</b>. Prices in € stay as they were.</p>';
      await transport.deliver({ from: 'Emporium <shop@emporium.test>', to: 'ada@example.com', subject: 'Grüße: your code', text, html });

      expect(sink.received).toHaveLength(1);
      const [mail] = sink.received;
      expect(mail).toMatchObject({ from: 'shop@emporium.test', to: ['ada@example.com'] });
      const { headers } = parseEntity(mail!.data);
      expect(decodeHeader(headers.get('subject') ?? '')).toBe('Grüße: your code');
      expect(headers.get('from')).toBe('Emporium <shop@emporium.test>');
      expect(headers.get('to')).toBe('ada@example.com');
      expect(headers.get('content-type')).toMatch(/^multipart\/alternative;/);
      expect(Object.fromEntries(textParts(mail!.data))).toEqual({ 'text/plain': text, 'text/html': html });
    } finally {
      await sink.close();
    }
  });

  it('sends a text-only message as a single plain-text part', async () => {
    const sink = await startSmtpSink();
    try {
      const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: 'shop@emporium.test' });
      await transport.deliver({ from: 'shop@emporium.test', to: 'grace@example.com', subject: 'Plain', text: 'Only text.' });
      const [mail] = sink.received;
      expect(parseEntity(mail!.data).headers.get('content-type')).toMatch(/^text\/plain/);
      expect(Object.fromEntries(textParts(mail!.data))).toEqual({ 'text/plain': 'Only text.' });
    } finally {
      await sink.close();
    }
  });

  it('fails with the server reply but without the login when the server refuses it', async () => {
    const sink = await startSmtpSink({ refuseLogin: true });
    try {
      const transport = createMailTransport({ smtpUrl: `smtp://mailer-account:hunter%2322@127.0.0.1:${sink.port}`, from: 'shop@emporium.test' });
      const failure = await transport.deliver({ from: 'shop@emporium.test', to: 'ada@example.com', subject: 'x', text: 'x' }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(Error);
      const message = (failure as Error).message;
      expect(message).toMatch(/^SMTP delivery failed: EAUTH: .*535 5\.7\.8/);
      for (const secret of ['hunter', 'mailer-account']) expect(message).not.toContain(secret);
      expect(sink.received).toEqual([]);
    } finally {
      await sink.close();
    }
  });

  it('fails fast when no server listens', async () => {
    const sink = await startSmtpSink();
    await sink.close();
    const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: 'shop@emporium.test' });
    await expect(transport.deliver({ from: 'shop@emporium.test', to: 'ada@example.com', subject: 'x', text: 'x' })).rejects.toThrow(/^SMTP delivery failed: /);
  });

  it('without an SMTP URL keeps mail in the mailbox and sends nothing', async () => {
    const transport = createMailTransport({ from: 'shop@emporium.test' });
    expect(transport.kind).toBe('mailbox');
    await expect(transport.deliver({ from: 'shop@emporium.test', to: 'ada@example.com', subject: 'x', text: 'x' })).resolves.toBeUndefined();
  });
});
