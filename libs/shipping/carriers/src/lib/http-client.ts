import {
  type ProviderFailure,
  providerHttpClient,
  type ProviderHttpClient,
  type ProviderHttpOptions,
  type ProviderRequest,
  type ProviderResponse,
} from '@emporium/provider-http';
import { CarrierRejected, CarrierUnavailable } from './carrier-errors';

export interface CarrierHttpOptions extends ProviderHttpOptions {
  /** The carrier's code, carried by every error. */
  readonly carrier: string;
}

/** The 2xx body must match `schema`, else `CarrierUnavailable('bad_response')`; `signal` is the caller giving up. */
export type CarrierRequest<T> = ProviderRequest<T>;
export type CarrierResponse<T> = ProviderResponse<T>;
export type CarrierHttpClient = ProviderHttpClient;

/**
 * JSON over fetch for carrier APIs: `providerHttpClient` with the carriers' errors. Every attempt sends the very same
 * request, an `Idempotency-Key` among its headers, so a retry after a lost response is answered by the carrier's
 * idempotency instead of buying twice. A 4xx is the carrier's answer and is thrown at once as `CarrierRejected`.
 */
export function carrierHttpClient(options: CarrierHttpOptions): CarrierHttpClient {
  const { carrier, ...http } = options;
  return providerHttpClient(http, {
    rejected: (status, body) => rejection(carrier, status, body),
    unavailable: (failure, request) => unavailable(carrier, failure, request),
  });
}

function unavailable(carrier: string, failure: ProviderFailure, request: ProviderRequest<unknown>): CarrierUnavailable {
  const details = { attempts: failure.attempts, ...(failure.kind === 'aborted' || failure.status === undefined ? {} : { status: failure.status }), cause: failure.cause };
  if (failure.kind === 'aborted') return new CarrierUnavailable(carrier, 'aborted', `${carrier}: the caller gave up`, details);
  if (failure.kind === 'bad_response') {
    const what = failure.schemaMismatch ? `unexpected response to ${request.method} ${request.path}` : `unexpected status ${failure.status}`;
    return new CarrierUnavailable(carrier, 'bad_response', `${carrier}: ${what}`, details);
  }
  const reason = failure.deadlineReached ? 'deadline' : (failure.reason ?? 'deadline');
  const message = failure.deadlineReached ? `${failure.summary}; the ${failure.deadlineMs} ms deadline leaves no time for another` : failure.summary;
  return new CarrierUnavailable(carrier, reason, `${carrier}: ${message}`, details);
}

/** A 4xx as `CarrierRejected`, reading the common `{ error, message, fieldErrors }` shape when it is there. */
function rejection(carrier: string, status: number, body: unknown): CarrierRejected {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code = typeof record['error'] === 'string' ? record['error'] : `http_${status}`;
  const message = typeof record['message'] === 'string' ? record['message'] : `${carrier} refused the request (${status}).`;
  const fieldErrors = readFieldErrors(record['fieldErrors']);
  return new CarrierRejected(carrier, code, message, { status, ...(fieldErrors ? { fieldErrors } : {}) });
}

function readFieldErrors(value: unknown): Record<string, string[]> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const fields: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(value)) {
    if (Array.isArray(messages)) fields[key] = messages.map(String);
  }
  return fields;
}
