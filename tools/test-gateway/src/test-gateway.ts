import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, FailureQueue, type FailureRule, Holds, listen, type PendingFailure, type SeenRequest, seeRequest } from '@emporium/stand-in-kit';
import { Gateway } from './gateway';
import { errorReply, HttpError, parseJson, readBody, type Reply, reply, send, sendHtml } from './http-kit';
import { fingerprintOf, IdempotencyStore } from './idempotency';
import type { CaptureRecord, IntentRecord } from './intent';
import { pageRoutes } from './page-routes';
import { apiRoutes, type ApiRequest, controlRoutes } from './routes';
import { defaultRetryPolicy, type RetryPolicy, type WebhookAttempt, type WebhookEvent, WebhookSender, type WebhookTarget } from './webhooks';

/** The dev defaults; they protect nothing (no real money moves) but keep the key checks honest. */
export const DEFAULT_SECRET_KEY = 'sk_test_gateway_dev';
export const DEFAULT_PUBLISHABLE_KEY = 'pk_test_gateway_dev';

export interface TestGatewayOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** `/v1/payment_intents*`, `/v1/refunds*` and `/_control/*` need `Authorization: Bearer <secretKey>`. */
  secretKey?: string;
  /** `/v1/tokens` (called from browsers) takes `Bearer <publishableKey>` (or the secret key). */
  publishableKey?: string;
  /** Where events are posted, and the secret they are signed with. None: events are only recorded. */
  webhook?: WebhookTarget & { retry?: Partial<RetryPolicy> };
  /** Added before every `/v1` answer (not the pages or controls). */
  latencyMs?: number;
  /** How long the `slow` test card takes to authorise; default 3000. */
  slowCardDelayMs?: number;
  /** How long a lost answer (the `successThenTimeout` card, an injected timeout) holds the connection before dropping it; default 30 s. */
  hangMs?: number;
  /** The base of challenge links when the browser reaches the gateway by another address; default `url`. */
  publicUrl?: string;
  /** One line per request and webhook attempt (the CLI prints them). */
  log?: (line: string) => void;
}

/** One `/v1` request as the gateway saw it: `statusCode` null when no answer was sent (dropped). */
export interface RecordedRequest extends SeenRequest {
  at: string;
  durationMs: number;
}

/** The controls of `/_control/*`, also callable in-process. */
export interface TestGatewayControl {
  /** The next `next` requests to `path` (default: any `/v1` path; `*` stands for one segment) fail in `mode`. */
  failNext(rule: FailureRule): void;
  failures(): PendingFailure[];
  clearFailures(): void;
  setLatency(ms: number): void;
  latency(): number;
  requests(): RecordedRequest[];
  intents(): IntentRecord[];
  captures(): CaptureRecord[];
  /** `{ pi_…: 1 }`: how many captures each intent had. */
  captureCounts(): Record<string, number>;
  events(): WebhookEvent[];
  webhookAttempts(): WebhookAttempt[];
  /** Resolves when no webhook delivery is waiting for a retry. */
  webhooksSettled(): Promise<void>;
  /** Sends a recorded event again, unchanged; resolves with the first attempts. */
  replayEvent(eventId: string, times?: number): Promise<WebhookAttempt[]>;
  /** Holds events back until `releaseWebhooks`, which can send them in reverse. */
  pauseWebhooks(): void;
  heldEvents(): WebhookEvent[];
  releaseWebhooks(order?: 'recorded' | 'reverse'): Promise<WebhookEvent[]>;
  setWebhook(target: WebhookTarget | null): void;
  /** Forgets intents, refunds, tokens, events, keys, requests and failures; latency and webhook back to the start. */
  reset(): void;
}

export interface TestGateway {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  secretKey: string;
  publishableKey: string;
  close(): Promise<void>;
  control: TestGatewayControl;
}

const digest = (value: string) => createHash('sha256').update(value).digest();
const sameKey = (given: string, expected: Buffer) => timingSafeEqual(digest(given), expected);

const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, idempotency-key',
  'access-control-max-age': '600',
};

export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const log = options.log ?? (() => undefined);
  const hangMs = options.hangMs ?? 30_000;
  const secretKey = options.secretKey ?? DEFAULT_SECRET_KEY;
  const publishableKey = options.publishableKey ?? DEFAULT_PUBLISHABLE_KEY;
  const secretDigest = digest(`Bearer ${secretKey}`);
  const publishableDigest = digest(`Bearer ${publishableKey}`);
  const initialWebhook = options.webhook ? { url: options.webhook.url, secret: options.webhook.secret } : undefined;
  const webhooks = new WebhookSender(initialWebhook, { ...defaultRetryPolicy, ...options.webhook?.retry }, log);
  let baseUrl = '';
  let latencyMs = options.latencyMs ?? 0;
  const failures = new FailureQueue();
  let requests: RecordedRequest[] = [];
  let stopped = false;
  const holds = new Holds();
  const hold = (ms: number, res?: ServerResponse) => holds.hold(ms, res);

  const gateway = new Gateway(webhooks, {
    slowCardDelayMs: options.slowCardDelayMs ?? 3000,
    challengeUrl: (id) => `${options.publicUrl ?? baseUrl}/challenge/${encodeURIComponent(id)}`,
    // A slow authorisation goes on when the client gives up, as a real one would.
    sleep: async (ms) => void (await hold(ms)),
  });
  const idempotency = new IdempotencyStore();

  const control: TestGatewayControl = {
    failNext: (rule) => failures.add(rule),
    failures: () => failures.list(),
    clearFailures: () => failures.clear(),
    setLatency: (ms) => void (latencyMs = ms),
    latency: () => latencyMs,
    requests: () => requests.map((request) => ({ ...request })),
    intents: () => gateway.allIntents(),
    captures: () => gateway.allCaptures(),
    captureCounts: () => {
      const counts: Record<string, number> = {};
      for (const { paymentIntent } of gateway.allCaptures()) counts[paymentIntent] = (counts[paymentIntent] ?? 0) + 1;
      return counts;
    },
    events: () => gateway.allEvents(),
    webhookAttempts: () => webhooks.attempts(),
    webhooksSettled: () => webhooks.settled(),
    replayEvent: (eventId, times = 1) => gateway.redeliver(eventId, times),
    pauseWebhooks: () => webhooks.pause(),
    heldEvents: () => webhooks.held(),
    releaseWebhooks: (order = 'recorded') => webhooks.release(order),
    setWebhook: (target) => webhooks.setTarget(target ?? undefined),
    reset: () => {
      gateway.reset();
      idempotency.clear();
      webhooks.reset();
      webhooks.setTarget(initialWebhook);
      failures.clear();
      requests = [];
      latencyMs = options.latencyMs ?? 0;
    },
  };
  const api = apiRoutes(gateway);
  const controls = controlRoutes(control);
  const pages = pageRoutes(gateway, (key) => sameKey(`Bearer ${key}`, publishableDigest));

  function authorise(req: IncomingMessage, publishableAllowed: boolean): void {
    const given = req.headers.authorization ?? '';
    if (sameKey(given, secretDigest) || (publishableAllowed && sameKey(given, publishableDigest))) return;
    const expected = publishableAllowed ? 'your publishable key' : 'your secret key';
    throw new HttpError(401, 'authentication_error', 'unauthorized', `Send Authorization: Bearer <${expected}>.`);
  }

  /** Latency, injected failures, idempotency, then the work. */
  async function serveApi(request: ApiRequest, res: ServerResponse, seen: RecordedRequest, answer: (reply: Reply) => void): Promise<void> {
    if (latencyMs > 0 && !(await hold(latencyMs, res))) return void res.destroy();
    const failure = failures.take(request.path);
    seen.injected = failure?.mode ?? null;
    if (failure?.mode === 'error_500') {
      return answer(reply(500, { error: { type: 'api_error', code: 'injected_failure', message: 'The test gateway was told to fail this request.' } }));
    }
    if (failure?.mode === 'timeout') {
      await hold(hangMs, res);
      return void res.destroy();
    }
    const key = request.method === 'POST' ? String(request.headers['idempotency-key'] ?? '').trim() : '';
    if (key) {
      let body: unknown;
      try {
        body = parseJson(request.rawBody);
      } catch {
        body = request.rawBody;
      }
      const start = idempotency.begin(key, fingerprintOf(request.method, request.path, body));
      if (start.kind === 'replay') {
        seen.replayed = true;
        return answer({ ...start.reply, headers: { ...start.reply.headers, 'idempotent-replayed': 'true' } });
      }
    }
    const result = await Promise.resolve()
      .then(() => api(request))
      .catch(errorReply);
    if (key) idempotency.finish(key, result);
    if (failure?.mode === 'succeed_then_timeout' || result.dropAfterWork) {
      // The classic lost response: the work is done (and kept for a retry with the same key), the client never hears.
      await hold(hangMs, res);
      return void res.destroy();
    }
    answer(result);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, seen: RecordedRequest): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://gateway');
    const path = url.pathname;
    const cors = path === '/v1/tokens';
    const answer = (result: Reply) => send(res, cors ? { ...result, headers: { ...corsHeaders, ...result.headers } } : result);
    try {
      if (method === 'GET' && path === '/health') return answer(reply(200, { status: 'ok' }));
      if (cors && method === 'OPTIONS') return void res.writeHead(204, corsHeaders).end();
      if (path.startsWith('/hosted/') || path.startsWith('/challenge/')) {
        const page = pages({ method, url, rawBody: await readBody(req) });
        if (!page) throw new HttpError(404, 'invalid_request_error', 'not_found', `No page ${path}.`);
        return sendHtml(res, page.status, page.html, page.headers);
      }
      authorise(req, cors);
      const request: ApiRequest = { method, path, headers: req.headers, rawBody: await readBody(req) };
      if (path.startsWith('/_control/')) return answer(await controls(request));
      if (!path.startsWith('/v1/')) throw new HttpError(404, 'invalid_request_error', 'not_found', `No route ${method} ${path}.`);
      await serveApi(request, res, seen, answer);
    } catch (error) {
      answer(errorReply(error));
    }
  }

  const server = createServer((req, res) => {
    const started = Date.now();
    const seen = seeRequest<RecordedRequest>(req, res, { at: new Date(started).toISOString(), durationMs: 0 }, (done) => {
      done.durationMs = Date.now() - started;
      if (done.path.startsWith('/v1/') && req.method !== 'OPTIONS') requests.push(done);
      log(`${req.method} ${req.url} → ${done.statusCode ?? 'no response'}${done.replayed ? ' (replayed)' : ''} (${done.durationMs} ms)`);
    });
    void handle(req, res, seen);
  });
  baseUrl = (await listen(server, options)).url;

  return {
    url: baseUrl,
    secretKey,
    publishableKey,
    control,
    async close() {
      if (stopped) return;
      stopped = true;
      webhooks.stop();
      holds.stop();
      await closeServer(server);
    },
  };
}
