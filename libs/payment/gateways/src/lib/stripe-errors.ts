import { stripeSdk } from './stripe-sdk';
import { GatewayIdempotencyConflict, GatewayRejected, GatewayUnavailable } from './gateway-errors';

/**
 * A Stripe SDK error as ours. The SDK has already retried what it retries (network errors, timeouts, 409, 5xx) under
 * the same key; what reaches here is final. Anything that is not a Stripe error is a bug and is thrown unchanged.
 */
export function fromStripeError(gateway: string, idempotencyKey: string | undefined, error: unknown): unknown {
  const Stripe = stripeSdk();
  if (!(error instanceof Stripe.errors.StripeError)) return error;
  if (error instanceof Stripe.errors.StripeIdempotencyError) return new GatewayIdempotencyConflict(gateway, idempotencyKey ?? '', error.message);
  if (error instanceof Stripe.errors.StripeConnectionError) {
    const timeout = /timeout/i.test(error.message);
    return new GatewayUnavailable(gateway, timeout ? 'timeout' : 'network', `${gateway}: ${error.message}`, { cause: error });
  }
  const status = error.statusCode;
  // 409 (a request with this key still running), 429 (rate limited) and 5xx: the outcome is not known or not yet.
  if (status === undefined || status === 409 || status === 429 || status >= 500) {
    return new GatewayUnavailable(gateway, 'server_error', `${gateway}: ${error.message}`, { cause: error });
  }
  return new GatewayRejected(gateway, error.code ?? error.rawType ?? `http_${status}`, error.message, {
    status,
    ...(error.param ? { param: error.param } : {}),
  });
}
