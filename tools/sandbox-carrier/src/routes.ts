import { type ApiRequest, faultControlRoutes, type Route, router, type RouteMisses, webhookControlRoute } from '@emporium/stand-in-kit';
import { type Carrier, labelResponse } from './carrier';
import { HttpError, parseJson, type Reply, reply, validate } from './http-kit';
import { quoteRates } from './rates';
import { deliverRequest, eventRequest, labelRequest, rateRequest, webhookRequest } from './schemas';
import type { SandboxControl } from './sandbox-carrier';

export type { ApiRequest } from '@emporium/stand-in-kit';

const misses: RouteMisses = {
  methodNotAllowed: (method, path) => new HttpError(405, 'method_not_allowed', `${method} is not supported on ${path}.`),
  notFound: (method, path) => new HttpError(404, 'not_found', `No route ${method} ${path}.`),
};

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
  return router(routes, misses);
}

/** Test and dev controls: inject failures and latency, push events, read what was sold and sent. */
export function controlRoutes(control: SandboxControl): (request: ApiRequest) => Reply | Promise<Reply> {
  const routes: Route[] = [
    ...faultControlRoutes(control, (schema, request) => validate(schema, body(request))),
    ['POST', /^\/_control\/events$/, async (request) => reply(200, await control.pushEvent(validate(eventRequest, body(request))))],
    [
      'POST',
      /^\/_control\/deliver$/,
      async (request) => reply(200, { events: await control.deliver(validate(deliverRequest, body(request)).trackingNumber) }),
    ],
    ['GET', /^\/_control\/labels$/, () => reply(200, { labels: control.labels() })],
    ['GET', /^\/_control\/webhooks$/, () => reply(200, { attempts: control.webhookAttempts() })],
    webhookControlRoute(
      (request) => validate(webhookRequest, body(request) ?? null),
      (target) => control.setWebhook(target),
    ),
  ];
  return router(routes, misses);
}
