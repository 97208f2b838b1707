import type { IncomingHttpHeaders } from 'node:http';
import { type Carrier, labelResponse } from './carrier';
import { HttpError, parseJson, type Reply, reply, validate } from './http-kit';
import { quoteRates } from './rates';
import { deliverRequest, eventRequest, failureRequest, labelRequest, latencyRequest, rateRequest, webhookRequest } from './schemas';
import type { SandboxControl } from './sandbox-carrier';

export interface ApiRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
}

type Handler = (request: ApiRequest, params: string[]) => Reply | Promise<Reply>;
type Route = [method: string, pattern: RegExp, handler: Handler];

function dispatch(routes: Route[], request: ApiRequest): Reply | Promise<Reply> {
  let pathMatched = false;
  for (const [method, pattern, handler] of routes) {
    const match = pattern.exec(request.path);
    if (!match) continue;
    pathMatched = true;
    if (method === request.method) return handler(request, match.slice(1).map(decodeURIComponent));
  }
  if (pathMatched) throw new HttpError(405, 'method_not_allowed', `${request.method} is not supported on ${request.path}.`);
  throw new HttpError(404, 'not_found', `No route ${request.method} ${request.path}.`);
}

const body = (request: ApiRequest) => parseJson(request.rawBody);

/** The carrier API an adapter integrates with. */
export function apiRoutes(carrier: Carrier): (request: ApiRequest) => Reply | Promise<Reply> {
  const routes: Route[] = [
    [
      'POST',
      /^\/v1\/rates$/,
      (request) => {
        const { shipFrom, shipTo, parcels, currency } = validate(rateRequest, body(request));
        return reply(200, { rates: quoteRates({ shipFrom, shipTo }, parcels, currency) });
      },
    ],
    [
      'POST',
      /^\/v1\/labels$/,
      (request) => {
        const key = String(request.headers['idempotency-key'] ?? '').trim();
        if (!key) throw new HttpError(400, 'idempotency_key_required', 'Label purchases need an Idempotency-Key header.');
        if (key.length > 255) throw new HttpError(400, 'invalid_idempotency_key', 'An Idempotency-Key is at most 255 characters.');
        const raw = body(request);
        const { label, replayed } = carrier.purchase(key, raw, validate(labelRequest, raw));
        return replayed ? reply(200, labelResponse(label), { 'Idempotent-Replayed': 'true' }) : reply(201, labelResponse(label));
      },
    ],
    ['GET', /^\/v1\/labels\/([^/]+)$/, (_request, [labelId = '']) => reply(200, labelResponse(carrier.label(labelId)))],
    [
      'POST',
      /^\/v1\/labels\/([^/]+)\/cancel$/,
      (_request, [labelId = '']) => reply(200, { labelId, status: carrier.cancel(labelId).status }),
    ],
    ['GET', /^\/v1\/tracking\/([^/]+)$/, (_request, [trackingNumber = '']) => reply(200, carrier.tracking(trackingNumber))],
  ];
  return (request) => dispatch(routes, request);
}

/** Test and dev controls: inject failures and latency, push events, read what was sold and sent. */
export function controlRoutes(control: SandboxControl): (request: ApiRequest) => Reply | Promise<Reply> {
  const routes: Route[] = [
    ['GET', /^\/_control\/failures$/, () => reply(200, { failures: control.failures() })],
    [
      'POST',
      /^\/_control\/failures$/,
      (request) => {
        control.failNext(validate(failureRequest, body(request)));
        return reply(200, { failures: control.failures() });
      },
    ],
    [
      'DELETE',
      /^\/_control\/failures$/,
      () => {
        control.clearFailures();
        return reply(200, { failures: [] });
      },
    ],
    [
      'POST',
      /^\/_control\/latency$/,
      (request) => {
        control.setLatency(validate(latencyRequest, body(request)).ms);
        return reply(200, { latencyMs: control.latency() });
      },
    ],
    ['POST', /^\/_control\/events$/, async (request) => reply(200, await control.pushEvent(validate(eventRequest, body(request))))],
    [
      'POST',
      /^\/_control\/deliver$/,
      async (request) => reply(200, { events: await control.deliver(validate(deliverRequest, body(request)).trackingNumber) }),
    ],
    ['GET', /^\/_control\/labels$/, () => reply(200, { labels: control.labels() })],
    ['GET', /^\/_control\/webhooks$/, () => reply(200, { attempts: control.webhookAttempts() })],
    [
      'POST',
      /^\/_control\/webhook$/,
      (request) => {
        const target = validate(webhookRequest, body(request) ?? null);
        control.setWebhook(target);
        return reply(200, { webhook: target ? { url: target.url } : null });
      },
    ],
  ];
  return (request) => dispatch(routes, request);
}
