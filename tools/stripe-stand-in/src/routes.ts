import { type Route, router } from '@emporium/stand-in-kit';
import type { Books } from './books';
import { expandList, type FormObject, type FormValue, parseForm } from './form';
import { invalidRequest, type Reply, StripeHttpError } from './http-kit';
import type { Refund } from './stripe-objects';

export interface ApiRequest {
  method: string;
  path: string;
  query: string;
  rawBody: string;
}

type Handler = (form: FormObject, id: string) => Reply;

const ok = (body: unknown): Reply => ({ status: 200, body });

const text = (form: FormObject, name: string): string | undefined => {
  const value = form[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidRequest('parameter_invalid_string', `Invalid string: ${name}`, { param: name });
  return value;
};

const integer = (form: FormObject, name: string): number | undefined => {
  const value = text(form, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw invalidRequest('parameter_invalid_integer', `Invalid integer: ${value}`, { param: name });
  return Number(value);
};

const required = <T>(value: T | undefined, name: string): T => {
  if (value === undefined || value === '') throw invalidRequest('parameter_missing', `Missing required param: ${name}.`, { param: name });
  return value;
};

const metadataOf = (value: FormValue | undefined): Record<string, string> => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
};

const REFUND_REASONS = new Set(['duplicate', 'fraudulent', 'requested_by_customer']);

/** The documented v1 endpoints the adapter uses, form-encoded in and Stripe-shaped JSON out. */
export function apiRoutes(books: Books): (request: ApiRequest) => Reply {
  const routes: [method: string, pattern: RegExp, handler: Handler][] = [
    [
      'POST',
      /^\/v1\/payment_intents$/,
      (form) => {
        const currency = required(text(form, 'currency'), 'currency');
        if (!/^[a-zA-Z]{3}$/.test(currency)) throw invalidRequest('parameter_invalid_string', `Invalid currency: ${currency}`, { param: 'currency' });
        const amount = required(integer(form, 'amount'), 'amount');
        if (amount < 1) throw invalidRequest('parameter_invalid_integer', 'Amount must be at least 1.', { param: 'amount' });
        const captureMethod = text(form, 'capture_method') === 'manual' ? 'manual' : 'automatic';
        const record = books.create({ amount, currency: currency.toLowerCase(), metadata: metadataOf(form['metadata']), captureMethod });
        if (text(form, 'confirm') === 'true') books.confirm(record.intent.id, text(form, 'payment_method'), text(form, 'return_url'));
        return ok(books.view(record, expandList(form)));
      },
    ],
    ['GET', /^\/v1\/payment_intents\/([^/]+)$/, (form, id) => ok(books.view(books.record(id), expandList(form)))],
    [
      'POST',
      /^\/v1\/payment_intents\/([^/]+)\/confirm$/,
      (form, id) => ok(books.view(books.confirm(id, text(form, 'payment_method'), text(form, 'return_url')), expandList(form))),
    ],
    ['POST', /^\/v1\/payment_intents\/([^/]+)\/capture$/, (form, id) => ok(books.view(books.capture(id, integer(form, 'amount_to_capture')), expandList(form)))],
    ['POST', /^\/v1\/payment_intents\/([^/]+)\/cancel$/, (form, id) => ok(books.view(books.cancel(id, text(form, 'cancellation_reason')), expandList(form)))],
    [
      'POST',
      /^\/v1\/refunds$/,
      (form) => {
        const reason = text(form, 'reason');
        if (reason !== undefined && !REFUND_REASONS.has(reason)) throw invalidRequest('parameter_invalid_string', `Invalid reason: ${reason}`, { param: 'reason' });
        return ok(
          books.refund({
            paymentIntent: required(text(form, 'payment_intent'), 'payment_intent'),
            amount: integer(form, 'amount'),
            reason: (reason ?? null) as Refund['reason'],
            metadata: metadataOf(form['metadata']),
          }),
        );
      },
    ],
    [
      'GET',
      /^\/v1\/refunds$/,
      (form) => {
        const data = books.refundsOf(text(form, 'payment_intent')).slice(0, integer(form, 'limit') ?? 10);
        return ok({ object: 'list', data, has_more: false, url: '/v1/refunds' });
      },
    ],
    ['GET', /^\/v1\/refunds\/([^/]+)$/, (_form, id) => ok(books.refundById(id))],
  ];

  return router<ApiRequest, Reply>(
    routes.map(([method, pattern, handler]): Route<ApiRequest, Reply> => [
      method,
      pattern,
      (request, [id = '']) => handler(parseForm(request.method === 'GET' ? request.query : request.rawBody), id),
    ]),
    {
      // Stripe answers an unknown method on a known path with 404 too, and says which it was.
      methodNotAllowed: (method, path) => new StripeHttpError(404, 'invalid_request_error', undefined, `Unrecognized request method ${method} for ${path}`),
      notFound: (method, path) => new StripeHttpError(404, 'invalid_request_error', undefined, `Unrecognized request URL (${method}: ${path}).`),
    },
  );
}
