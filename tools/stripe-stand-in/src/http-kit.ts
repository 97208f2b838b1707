import type { IncomingMessage, ServerResponse } from 'node:http';

/** A Stripe error answer: `{ error: { type, code, message, param?, … } }` with Stripe's status. */
export class StripeHttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: 'invalid_request_error' | 'card_error' | 'idempotency_error' | 'api_error',
    readonly code: string | undefined,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const invalidRequest = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  new StripeHttpError(400, 'invalid_request_error', code, message, extra);

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function errorReply(error: unknown): Reply {
  if (error instanceof StripeHttpError) {
    return { status: error.status, body: { error: { type: error.type, ...(error.code ? { code: error.code } : {}), message: error.message, ...error.extra } } };
  }
  return { status: 500, body: { error: { type: 'api_error', message: error instanceof Error ? error.message : String(error) } } };
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function send(res: ServerResponse, { status, body, headers }: Reply): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'request-id': `req_${Date.now()}`, ...headers });
  res.end(text);
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html), 'cache-control': 'no-store', ...headers });
  res.end(html);
}

/** Waits `ms`, or less when the client goes away or the server stops (`signal`). */
export function hold(ms: number, res: ServerResponse, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      res.off('close', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res.once('close', done);
    signal.addEventListener('abort', done, { once: true });
  });
}
