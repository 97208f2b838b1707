import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, FailureQueue, type FailureRule, Holds, listen, type PendingFailure } from '@emporium/stand-in-kit';
import { Carrier, type LabelRecord, type PushResult } from './carrier';
import { errorReply, HttpError, readBody, reply, send } from './http-kit';
import { apiRoutes, controlRoutes, type ApiRequest } from './routes';
import type { EventRequest } from './schemas';
import { defaultRetryPolicy, type RetryPolicy, type WebhookAttempt, WebhookSender, type WebhookTarget } from './webhooks';

export interface SandboxCarrierOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Every request but `GET /health` needs `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  /** Where tracking events are posted, and the secret they are signed with. None: events are only recorded. */
  webhook?: WebhookTarget & { retry?: Partial<RetryPolicy> };
  /** Added before every `/v1` answer (not the controls). */
  latencyMs?: number;
  /** Time between the timeline's steps after a purchase; default 2000, 0 = only `label_created`, the rest by hand. */
  timeline?: { stepMs: number };
  /** How long an injected `timeout` holds the connection before dropping it; default 30 s (or until stop()). */
  hangMs?: number;
  /** One line per request and webhook attempt (the CLI prints them). */
  log?: (line: string) => void;
}

/** The controls of `/_control/*`, also callable in-process. */
export interface SandboxControl {
  /** The next `next` requests to `path` (default: any `/v1` path) fail in `mode`. */
  failNext(rule: FailureRule): void;
  failures(): PendingFailure[];
  clearFailures(): void;
  setLatency(ms: number): void;
  latency(): number;
  /** Records one event now and posts it; resolves after its first delivery attempt. */
  pushEvent(request: EventRequest): Promise<PushResult>;
  /** Runs the rest of a shipment's timeline at once. */
  deliver(trackingNumber: string): Promise<PushResult[]>;
  labels(): LabelRecord[];
  webhookAttempts(): WebhookAttempt[];
  /** Resolves when no webhook delivery is waiting for a retry. */
  webhooksSettled(): Promise<void>;
  setWebhook(target: WebhookTarget | null): void;
}

export interface SandboxCarrier {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  stop(): Promise<void>;
  /** Every label bought, cancelled ones included. */
  labels(): LabelRecord[];
  control: SandboxControl;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export async function startSandboxCarrier(options: SandboxCarrierOptions): Promise<SandboxCarrier> {
  if (!options.apiKey) throw new Error('startSandboxCarrier: apiKey is required');
  const log = options.log ?? (() => undefined);
  const hangMs = options.hangMs ?? 30_000;
  const expectedKey = digest(`Bearer ${options.apiKey}`);
  const webhooks = new WebhookSender(
    options.webhook ? { url: options.webhook.url, secret: options.webhook.secret } : undefined,
    { ...defaultRetryPolicy, ...options.webhook?.retry },
    log,
  );
  const carrier = new Carrier(webhooks, options.timeline?.stepMs ?? 2000);
  let latencyMs = options.latencyMs ?? 0;
  const failures = new FailureQueue();
  let stopped = false;
  const holds = new Holds();

  const control: SandboxControl = {
    failNext: (rule) => failures.add(rule),
    failures: () => failures.list(),
    clearFailures: () => failures.clear(),
    setLatency: (ms) => void (latencyMs = ms),
    latency: () => latencyMs,
    pushEvent: (request) => carrier.pushEvent(request),
    deliver: (trackingNumber) => carrier.deliver(trackingNumber),
    labels: () => carrier.labels(),
    webhookAttempts: () => webhooks.attempts(),
    webhooksSettled: () => webhooks.settled(),
    setWebhook: (target) => webhooks.setTarget(target ?? undefined),
  };
  const api = apiRoutes(carrier);
  const controls = controlRoutes(control);

  function authorise(req: IncomingMessage): void {
    const given = digest(req.headers.authorization ?? '');
    if (!timingSafeEqual(given, expectedKey)) {
      throw new HttpError(401, 'unauthorized', 'Send Authorization: Bearer <api key>.');
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://sandbox').pathname;
    if (method === 'GET' && path === '/health') return send(res, reply(200, { status: 'ok' }));
    authorise(req);
    const request: ApiRequest = { method, path, headers: req.headers, rawBody: await readBody(req) };
    if (path.startsWith('/_control/')) return send(res, await controls(request));
    if (!path.startsWith('/v1/')) throw new HttpError(404, 'not_found', `No route ${method} ${path}.`);
    if (latencyMs > 0 && !(await holds.hold(latencyMs, res))) return void res.destroy();
    const failure = failures.take(path);
    if (failure?.mode === 'error_500') {
      return send(res, reply(500, { error: 'injected_failure', message: 'The sandbox was told to fail this request.' }));
    }
    if (failure?.mode === 'timeout') {
      await holds.hold(hangMs, res);
      return void res.destroy();
    }
    const answer = await Promise.resolve()
      .then(() => api(request))
      .catch(errorReply);
    if (failure?.mode === 'succeed_then_timeout') {
      // The classic lost response: the work is done, the client never hears about it.
      await holds.hold(hangMs, res);
      return void res.destroy();
    }
    send(res, answer);
  }

  const server = createServer((req, res) => {
    const started = Date.now();
    res.once('close', () => log(`${req.method} ${req.url} → ${res.headersSent ? res.statusCode : 'no response'} (${Date.now() - started} ms)`));
    handle(req, res).catch((error: unknown) => send(res, errorReply(error)));
  });
  const { url } = await listen(server, options);

  return {
    url,
    labels: () => carrier.labels(),
    control,
    async stop() {
      if (stopped) return;
      stopped = true;
      carrier.stop();
      webhooks.stop();
      holds.stop();
      await closeServer(server);
    },
  };
}
