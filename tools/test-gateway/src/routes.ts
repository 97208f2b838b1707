import { type ApiRequest, faultControlRoutes, type Route, router, type RouteMisses, webhookControlRoute } from '@emporium/stand-in-kit';
import type { Authorised, Gateway } from './gateway';
import { HttpError, parseJson, type Reply, reply, validate } from './http-kit';
import { intentResponse } from './intent';
import {
  cancelRequest,
  captureRequest,
  confirmRequest,
  paymentIntentRequest,
  refundRequest,
  releaseRequest,
  replayRequest,
  tokenRequest,
  webhookRequest,
} from './schemas';
import type { TestGatewayControl } from './test-gateway';

export type { ApiRequest } from '@emporium/stand-in-kit';

const misses: RouteMisses = {
  methodNotAllowed: (method, path) => new HttpError(405, 'invalid_request_error', 'method_not_allowed', `${method} is not supported on ${path}.`),
  notFound: (method, path) => new HttpError(404, 'invalid_request_error', 'not_found', `No route ${method} ${path}.`),
};

const body = (request: ApiRequest) => parseJson(request.rawBody);

const authorised = ({ intent, dropResponse }: Authorised): Reply => ({ ...reply(200, intentResponse(intent)), dropAfterWork: dropResponse });

/** The gateway API: tokens (browser-facing) and payment intents and refunds (server-to-server). */
export function apiRoutes(gateway: Gateway): (request: ApiRequest) => Reply | Promise<Reply> {
  const routes: Route[] = [
    ['POST', /^\/v1\/tokens$/, (request) => reply(200, gateway.tokenize(validate(tokenRequest, body(request)).card))],
    ['POST', /^\/v1\/payment_intents$/, async (request) => authorised(await gateway.createIntent(validate(paymentIntentRequest, body(request))))],
    ['GET', /^\/v1\/payment_intents\/([^/]+)$/, (_request, [id = '']) => reply(200, intentResponse(gateway.intent(id)))],
    [
      'POST',
      /^\/v1\/payment_intents\/([^/]+)\/confirm$/,
      async (request, [id = '']) => authorised(await gateway.confirm(id, validate(confirmRequest, body(request)))),
    ],
    [
      'POST',
      /^\/v1\/payment_intents\/([^/]+)\/capture$/,
      (request, [id = '']) => reply(200, intentResponse(gateway.capture(id, validate(captureRequest, body(request)).amount))),
    ],
    [
      'POST',
      /^\/v1\/payment_intents\/([^/]+)\/cancel$/,
      (request, [id = '']) => reply(200, intentResponse(gateway.cancel(id, validate(cancelRequest, body(request)).cancellationReason))),
    ],
    ['POST', /^\/v1\/refunds$/, (request) => reply(200, gateway.refund(validate(refundRequest, body(request))))],
    ['GET', /^\/v1\/refunds\/([^/]+)$/, (_request, [id = '']) => reply(200, gateway.refundById(id))],
  ];
  return router(routes, misses);
}

/** Test and dev controls: inject failures and latency, shape webhook delivery, read what happened. */
export function controlRoutes(control: TestGatewayControl): (request: ApiRequest) => Reply | Promise<Reply> {
  const routes: Route[] = [
    ...faultControlRoutes(control, (schema, request) => validate(schema, body(request))),
    ['GET', /^\/_control\/requests$/, () => reply(200, { requests: control.requests() })],
    ['GET', /^\/_control\/intents$/, () => reply(200, { intents: control.intents() })],
    ['GET', /^\/_control\/captures$/, () => reply(200, { captures: control.captures(), countsByIntent: control.captureCounts() })],
    ['GET', /^\/_control\/events$/, () => reply(200, { events: control.events() })],
    ['GET', /^\/_control\/webhooks$/, () => reply(200, { attempts: control.webhookAttempts(), held: control.heldEvents().map((event) => event.id) })],
    [
      'POST',
      /^\/_control\/webhooks\/replay$/,
      async (request) => {
        const { eventId, times } = validate(replayRequest, body(request));
        return reply(200, { deliveries: await control.replayEvent(eventId, times) });
      },
    ],
    [
      'POST',
      /^\/_control\/webhooks\/pause$/,
      () => {
        control.pauseWebhooks();
        return reply(200, { paused: true });
      },
    ],
    [
      'POST',
      /^\/_control\/webhooks\/release$/,
      async (request) => {
        const released = await control.releaseWebhooks(validate(releaseRequest, body(request) ?? {}).order);
        return reply(200, { released: released.map((event) => ({ id: event.id, type: event.type })) });
      },
    ],
    webhookControlRoute(
      (request) => validate(webhookRequest, body(request) ?? null),
      (target) => control.setWebhook(target),
    ),
    [
      'POST',
      /^\/_control\/reset$/,
      () => {
        control.reset();
        return reply(200, { reset: true });
      },
    ],
  ];
  return router(routes, misses);
}
