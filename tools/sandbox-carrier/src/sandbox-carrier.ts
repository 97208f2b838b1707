import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Carrier, type LabelRecord, type PushResult } from './carrier';
import { errorReply, HttpError, readBody, reply, send } from './http-kit';
import { apiRoutes, controlRoutes, type ApiRequest } from './routes';
import type { EventRequest, FailureRule } from './schemas';
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

export interface PendingFailure extends FailureRule {
  /** How many more matching requests fail. */
  next: number;
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
  let failures: PendingFailure[] = [];
  let stopped = false;
  const holds = new Set<() => void>();

  const control: SandboxControl = {
    failNext: (rule) => void failures.push({ ...rule }),
    failures: () => failures.map((failure) => ({ ...failure })),
    clearFailures: () => void (failures = []),
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

  /** Waits `ms`, or less when the client goes away or the sandbox stops; true when the full time passed. */
  function hold(ms: number, res: ServerResponse): Promise<boolean> {
    return new Promise((resolve) => {
      if (stopped) return resolve(false);
      const finish = (completed: boolean) => {
        clearTimeout(timer);
        holds.delete(release);
        res.off('close', release);
        resolve(completed);
      };
      const release = () => finish(false);
      const timer = setTimeout(() => finish(true), ms);
      holds.add(release);
      res.once('close', release);
    });
  }

  function takeFailure(path: string): PendingFailure | undefined {
    const failure = failures.find((rule) => !rule.path || rule.path === path);
    if (!failure) return undefined;
    failure.next -= 1;
    failures = failures.filter((rule) => rule.next > 0);
    return failure;
  }

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
    if (latencyMs > 0 && !(await hold(latencyMs, res))) return void res.destroy();
    const failure = takeFailure(path);
    if (failure?.mode === 'error_500') {
      return send(res, reply(500, { error: 'injected_failure', message: 'The sandbox was told to fail this request.' }));
    }
    if (failure?.mode === 'timeout') {
      await hold(hangMs, res);
      return void res.destroy();
    }
    const answer = await Promise.resolve()
      .then(() => api(request))
      .catch(errorReply);
    if (failure?.mode === 'succeed_then_timeout') {
      // The classic lost response: the work is done, the client never hears about it.
      await hold(hangMs, res);
      return void res.destroy();
    }
    send(res, answer);
  }

  const server = createServer((req, res) => {
    const started = Date.now();
    res.once('close', () => log(`${req.method} ${req.url} → ${res.headersSent ? res.statusCode : 'no response'} (${Date.now() - started} ms)`));
    handle(req, res).catch((error: unknown) => send(res, errorReply(error)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : '127.0.0.1';

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    labels: () => carrier.labels(),
    control,
    async stop() {
      if (stopped) return;
      stopped = true;
      carrier.stop();
      webhooks.stop();
      for (const release of [...holds]) release();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
