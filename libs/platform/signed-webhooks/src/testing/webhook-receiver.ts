import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook<E = unknown> {
  /** The raw body, exactly as signed. */
  body: string;
  event: E;
  headers: IncomingHttpHeaders;
  /** The status code the receiver answered. */
  answered: number;
}

export interface WebhookReceiver<E = unknown> {
  url: string;
  received: ReceivedWebhook<E>[];
  /** Chooses the status code of each delivery (default 204); `index` counts deliveries from 0. */
  respondWith(responder: (index: number, body: string) => number): void;
  /** Resolves once `count` deliveries have arrived (fails after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook<E>[]>;
  stop(): Promise<void>;
}

/** A plain node:http endpoint at `path` that records every webhook delivery — the "shop" side in a stand-in's own tests. */
export async function startWebhookReceiver<E = unknown>(path = '/webhooks'): Promise<WebhookReceiver<E>> {
  const received: ReceivedWebhook<E>[] = [];
  let responder: (index: number, body: string) => number = () => 204;
  let waiters: { count: number; resolve: () => void }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const answered = responder(received.length, body);
      received.push({ body, event: JSON.parse(body) as E, headers: req.headers, answered });
      res.writeHead(answered).end();
      waiters = waiters.filter((waiter) => (received.length >= waiter.count ? (waiter.resolve(), false) : true));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    received,
    respondWith: (next) => void (responder = next),
    waitFor(count, timeoutMs = 3000) {
      if (received.length >= count) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`expected ${count} webhooks, got ${received.length}`)), timeoutMs);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve(received)) });
      });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
