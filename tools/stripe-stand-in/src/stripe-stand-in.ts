import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, FailureQueue, type FailureRule, Holds, listen, type SeenRequest, seeRequest } from '@emporium/stand-in-kit';
import { Books, type IntentRecord } from './books';
import { challengePage } from './challenge-page';
import { errorReply, readBody, type Reply, send, sendHtml, StripeHttpError } from './http-kit';
import { fingerprintOf, IdempotencyStore } from './idempotency';
import { apiRoutes } from './routes';
import type { Charge, EventType, PaymentIntent, StripeEvent } from './stripe-objects';
import { type WebhookAttempt, WebhookSender, type WebhookTarget } from './webhooks';

/** The API version the stand-in claims in its events; it answers whatever `Stripe-Version` the SDK sends. */
export const STAND_IN_API_VERSION = '2025-01-01.stand-in';

export interface StripeStandInOptions {
  /** Default 0: a free port. */
  port?: number;
  host?: string;
  /** The `Bearer` key every `/v1` request must carry. Default `sk_test_stand_in`. */
  secretKey?: string;
  /** Where events are POSTed, signed with `secret`. None: events are only recorded. */
  webhook?: WebhookTarget;
  /** How long a lost answer (`timeout`, `succeed_then_timeout`) holds the connection before dropping it; default 30 s. */
  hangMs?: number;
}

/** One `/v1` request as the stand-in saw it: `statusCode` null when it was dropped. */
export interface StripeStandInControl {
  failNext(rule: FailureRule): void;
  failures(): FailureRule[];
  clearFailures(): void;
  /** `{ pi_…: 1 }`: how many captures each intent had. */
  captureCounts(): Record<string, number>;
  /** Every intent with its charge and bookkeeping (`authorisations`, `captures`). */
  intents(): IntentRecord[];
  requests(): SeenRequest[];
  /** Every event, as sent (`eventPayload(event)` is the exact body). */
  events(): StripeEvent[];
  webhookAttempts(): WebhookAttempt[];
  /** Sends a recorded event again, unchanged. */
  replayEvent(eventId: string): Promise<WebhookAttempt | undefined>;
  setWebhook(target: WebhookTarget | null): void;
}

export interface StripeStandIn {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  host: string;
  port: number;
  secretKey: string;
  close(): Promise<void>;
  control: StripeStandInControl;
}

export type { SeenRequest } from '@emporium/stand-in-kit';

/** A small local Stripe for the adapter's specs: see the README for what it covers and what it does not. */
export async function startStripeStandIn(options: StripeStandInOptions = {}): Promise<StripeStandIn> {
  const secretKey = options.secretKey ?? 'sk_test_stand_in';
  const hangMs = options.hangMs ?? 30_000;
  const holds = new Holds();
  const webhooks = new WebhookSender(options.webhook);
  const failures = new FailureQueue();
  const idempotency = new IdempotencyStore();
  const events: StripeEvent[] = [];
  const requests: SeenRequest[] = [];
  let currentKey: string | null = null;
  let delivery: Promise<unknown> = Promise.resolve();
  let baseUrl = '';

  const emit = (type: EventType, object: PaymentIntent | Charge) => {
    const event: StripeEvent = {
      id: `evt_${randomBytes(12).toString('hex')}`,
      object: 'event',
      api_version: STAND_IN_API_VERSION,
      created: Math.floor(Date.now() / 1000),
      type,
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: currentKey },
    };
    events.push(event);
    // First attempts go out in the order the events happened.
    delivery = delivery.then(() => webhooks.deliver(event)).catch(() => undefined);
  };
  const books = new Books(emit, (id) => `${baseUrl}/challenge/${encodeURIComponent(id)}`);
  const api = apiRoutes(books);

  const control: StripeStandInControl = {
    failNext: (rule) => failures.add(rule),
    failures: () => failures.list(),
    clearFailures: () => failures.clear(),
    captureCounts: () => Object.fromEntries(books.all().filter((record) => record.captures > 0).map((record) => [record.intent.id, record.captures])),
    intents: () => books.all(),
    requests: () => requests.map((request) => ({ ...request })),
    events: () => structuredClone(events),
    webhookAttempts: () => webhooks.attempts(),
    replayEvent: (eventId) => {
      const event = events.find((candidate) => candidate.id === eventId);
      if (!event) return Promise.reject(new Error(`No such event: ${eventId}`));
      return webhooks.deliver(event);
    },
    setWebhook: (target) => webhooks.setTarget(target ?? undefined),
  };

  /** Injected failures, idempotency, then the work (synchronous: no two requests interleave inside the books). */
  async function serveApi(req: IncomingMessage, res: ServerResponse, seen: SeenRequest, path: string, query: string): Promise<void> {
    if (req.headers.authorization !== `Bearer ${secretKey}`) {
      const given = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
      throw new StripeHttpError(401, 'invalid_request_error', undefined, given ? `Invalid API Key provided: ${given.slice(0, 8)}…` : 'You did not provide an API key.');
    }
    const rawBody = await readBody(req);
    const failure = req.method === 'POST' || req.method === 'GET' ? failures.take(path) : undefined;
    seen.injected = failure?.mode ?? null;
    if (failure?.mode === 'error_500') {
      return send(res, { status: 500, body: { error: { type: 'api_error', message: 'The stand-in was told to fail this request.' } } });
    }
    if (failure?.mode === 'timeout') {
      await holds.hold(hangMs, res);
      return void res.destroy();
    }
    const key = req.method === 'POST' ? String(req.headers['idempotency-key'] ?? '').trim() : '';
    let result: Reply;
    const start = key ? idempotency.begin(key, fingerprintOf(req.method ?? 'POST', path, rawBody)) : { kind: 'new' as const };
    if (start.kind === 'replay') {
      seen.replayed = true;
      result = { ...start.reply, headers: { ...start.reply.headers, 'idempotent-replayed': 'true' } };
    } else {
      currentKey = key || null;
      try {
        result = api({ method: req.method ?? 'GET', path, query, rawBody });
      } catch (error) {
        result = errorReply(error);
      } finally {
        currentKey = null;
      }
      if (key) {
        idempotency.finish(key, result);
        result = { ...result, headers: { ...result.headers, 'idempotency-key': key } };
      }
    }
    if (failure?.mode === 'succeed_then_timeout') {
      // The lost answer: the work is done (and saved under the key), the client never hears.
      await holds.hold(hangMs, res);
      return void res.destroy();
    }
    send(res, result);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, seen: SeenRequest): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    try {
      const challenge = /^\/challenge\/([^/]+)$/.exec(url.pathname);
      if (challenge) {
        const page = challengePage(books, req.method ?? 'GET', decodeURIComponent(challenge[1] ?? ''), await readBody(req));
        return sendHtml(res, page.status, page.html, page.headers);
      }
      if (!url.pathname.startsWith('/v1/')) throw new StripeHttpError(404, 'invalid_request_error', undefined, `Unrecognized request URL (${req.method}: ${url.pathname}).`);
      await serveApi(req, res, seen, url.pathname, url.search.slice(1));
    } catch (error) {
      send(res, errorReply(error));
    }
  }

  const server = createServer((req, res) => {
    const seen = seeRequest<SeenRequest>(req, res, {}, (done) => {
      if (done.path.startsWith('/v1/')) requests.push(done);
    });
    void handle(req, res, seen);
  });
  const { url, host, port } = await listen(server, options);
  baseUrl = url;

  let closed = false;
  return {
    url: baseUrl,
    host,
    port,
    secretKey,
    control,
    async close() {
      if (closed) return;
      closed = true;
      holds.stop();
      webhooks.stop();
      await closeServer(server);
    },
  };
}
