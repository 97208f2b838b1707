import { type ProviderFailure, providerHttpClient, type ProviderHttpOptions, type ProviderResponse } from '@emporium/provider-http';
import type { z } from 'zod';
import { GatewayRejected, GatewayUnavailable } from './gateway-errors';

export interface GatewayHttpOptions extends Omit<ProviderHttpOptions, 'sleep'> {
  /** The gateway's code, carried by every error. */
  readonly gateway: string;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface GatewayHttpRequest<T> {
  readonly method: 'GET' | 'POST';
  /** Appended to the base URL; path segments must already be encoded. */
  readonly path: string;
  readonly body?: unknown;
  /** Sent as `Idempotency-Key` on every attempt. */
  readonly idempotencyKey?: string;
  /** The 2xx body must match it, else `GatewayUnavailable('bad_response')`. */
  readonly schema: z.ZodType<T>;
}

export type GatewayHttpResponse<T> = ProviderResponse<T>;

export interface GatewayHttpClient {
  request<T>(request: GatewayHttpRequest<T>): Promise<GatewayHttpResponse<T>>;
}

/** A 4xx body in the common `{ error: { code, message, param } }` shape. */
export interface RejectionBody {
  readonly code: string;
  readonly message: string;
  readonly param?: string;
  readonly raw: Record<string, unknown>;
}

/**
 * JSON over fetch for gateway APIs: `providerHttpClient` with the gateways' errors. Every attempt sends the very same
 * request, the `Idempotency-Key` among it, so a retry after a lost answer is answered by the gateway's idempotency
 * instead of moving money twice. A 4xx is thrown at once as `GatewayRejected` (or what `onRejected` makes of it).
 */
export function gatewayHttpClient(
  options: GatewayHttpOptions,
  onRejected: (status: number, body: RejectionBody, request: GatewayHttpRequest<unknown>) => Error = (status, body) =>
    new GatewayRejected(options.gateway, body.code, body.message, { status, ...(body.param ? { param: body.param } : {}) }),
): GatewayHttpClient {
  const { gateway, ...http } = options;
  return {
    request<T>(call: GatewayHttpRequest<T>) {
      const { idempotencyKey, ...rest } = call;
      // A client per call (closures only), so the errors see the caller's request with its idempotency key.
      const client = providerHttpClient(http, {
        rejected: (status, body) => onRejected(status, rejectionBody(status, body), call),
        unavailable: (failure) => unavailable(gateway, failure, call),
      });
      return client.request(idempotencyKey === undefined ? rest : { ...rest, headers: { 'idempotency-key': idempotencyKey } });
    },
  };
}

function unavailable(gateway: string, failure: ProviderFailure, request: GatewayHttpRequest<unknown>): GatewayUnavailable {
  if (failure.kind === 'bad_response') {
    const message = `${gateway}: unexpected answer to ${request.method} ${request.path} (${failure.status})`;
    return new GatewayUnavailable(gateway, 'bad_response', message, { cause: failure.cause });
  }
  // Gateway calls carry no signal, so only an exhausted call reaches here in practice.
  const summary = failure.kind === 'exhausted' ? failure.summary : 'the caller gave up';
  const reason = failure.kind === 'exhausted' ? (failure.reason ?? 'timeout') : 'timeout';
  const deadlineMs = failure.kind === 'exhausted' ? failure.deadlineMs : 0;
  return new GatewayUnavailable(gateway, reason, `${gateway}: ${summary} within the ${deadlineMs} ms deadline`, { cause: failure.cause });
}

function rejectionBody(status: number, body: unknown): RejectionBody {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const error = typeof record['error'] === 'object' && record['error'] !== null ? (record['error'] as Record<string, unknown>) : record;
  const code = typeof error['code'] === 'string' ? error['code'] : `http_${status}`;
  const message = typeof error['message'] === 'string' ? error['message'] : `The gateway refused the request (${status}).`;
  const param = typeof error['param'] === 'string' ? error['param'] : undefined;
  return { code, message, ...(param ? { param } : {}), raw: error };
}
