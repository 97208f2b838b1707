import type { ServerResponse } from 'node:http';
import { type Reply, send as sendJson } from '@emporium/stand-in-kit';

export { readBody, type Reply, sendHtml } from '@emporium/stand-in-kit';

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

export function errorReply(error: unknown): Reply {
  if (error instanceof StripeHttpError) {
    return { status: error.status, body: { error: { type: error.type, ...(error.code ? { code: error.code } : {}), message: error.message, ...error.extra } } };
  }
  return { status: 500, body: { error: { type: 'api_error', message: error instanceof Error ? error.message : String(error) } } };
}

/** JSON as Stripe sends it: no charset, and a `Request-Id` on every answer. */
export const send = (res: ServerResponse, answer: Reply): void => sendJson(res, answer, { 'content-type': 'application/json', 'request-id': `req_${Date.now()}` });
