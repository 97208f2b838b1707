import { setTimeout as delay } from 'node:timers/promises';
import type { z } from 'zod';
import { CarrierRejected, CarrierUnavailable } from './carrier-errors';

export interface CarrierHttpOptions {
  /** The carrier's code, carried by every error. */
  readonly carrier: string;
  /** No trailing slash needed. */
  readonly baseUrl: string;
  /** Sent with every request (authorisation). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Per attempt, the body included; default 5000 ms. */
  readonly timeoutMs?: number;
  /** Attempts after the first, on network errors, timeouts and 5xx only; default 2. */
  readonly retries?: number;
  /** For the whole call, retries and waits included; default timeoutMs × (retries + 1) + 2 s. */
  readonly deadlineMs?: number;
  /** Backoff before retry n (1-based): min(maxMs, baseMs × 2^(n-1)) × a jitter factor in [0.5, 1). */
  readonly backoff?: { readonly baseMs: number; readonly maxMs: number };
  /** Injectable for tests. */
  readonly random?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly fetch?: typeof fetch;
}

export interface CarrierRequest<T> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Appended to the base URL; path segments must already be encoded. */
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** The 2xx body must match it, else `CarrierUnavailable('bad_response')`. */
  readonly schema: z.ZodType<T>;
  /** The caller giving up (e.g. `quoteAll`'s time limit): no further attempt. */
  readonly signal?: AbortSignal;
}

export interface CarrierResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  /** How many attempts it took (1 = no retry). */
  readonly attempts: number;
}

export interface CarrierHttpClient {
  request<T>(request: CarrierRequest<T>): Promise<CarrierResponse<T>>;
}

/** A failed attempt worth another: the reason and a message for the error if it was the last. */
interface Retryable {
  readonly reason: 'timeout' | 'network' | 'server_error';
  readonly message: string;
  readonly status?: number;
  readonly cause?: unknown;
}

const defaultSleep = (ms: number, signal?: AbortSignal) => delay(ms, undefined, { signal });

/**
 * A small JSON client for carrier APIs over fetch. Every attempt sends the very same request — method, URL,
 * headers (an `Idempotency-Key` among them) and body bytes — so a retry after a lost response is answered by the
 * carrier's idempotency instead of buying twice. Retries only what may succeed next time: network errors, timeouts
 * and 5xx. A 4xx is the carrier's answer and is thrown at once as `CarrierRejected`.
 */
export function carrierHttpClient(options: CarrierHttpOptions): CarrierHttpClient {
  const timeoutMs = options.timeoutMs ?? 5000;
  const retries = options.retries ?? 2;
  const deadlineMs = options.deadlineMs ?? timeoutMs * (retries + 1) + 2000;
  const backoff = options.backoff ?? { baseMs: 200, maxMs: 2000 };
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  const fetchFn = options.fetch ?? fetch;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const carrier = options.carrier;

  const unavailable = (reason: CarrierUnavailable['reason'], message: string, attempts: number, status?: number, cause?: unknown) =>
    new CarrierUnavailable(carrier, reason, `${carrier}: ${message}`, { attempts, ...(status === undefined ? {} : { status }), cause });

  async function request<T>(call: CarrierRequest<T>): Promise<CarrierResponse<T>> {
    const started = performance.now();
    const remaining = () => deadlineMs - (performance.now() - started);
    // Built once: every attempt sends identical bytes.
    const init = {
      method: call.method,
      headers: {
        accept: 'application/json',
        ...options.headers,
        ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...call.headers,
      },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    };
    const url = `${baseUrl}${call.path}`;
    let last: Retryable | undefined;
    let made = 0;
    let deadlineReached = false;

    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      if (attempt > 1) {
        const wait = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (attempt - 2)) * (0.5 + random() / 2);
        // No point waiting for an attempt that would have no time left.
        if (wait >= remaining()) {
          deadlineReached = true;
          break;
        }
        try {
          await sleep(wait, call.signal);
        } catch (cause) {
          throw unavailable('aborted', 'the caller gave up', attempt - 1, undefined, cause);
        }
      }
      if (call.signal?.aborted) throw unavailable('aborted', 'the caller gave up', attempt - 1, undefined, call.signal.reason);
      const budget = Math.floor(Math.min(timeoutMs, remaining()));
      if (budget <= 0) {
        deadlineReached = true;
        break;
      }
      made = attempt;
      const timeout = AbortSignal.timeout(budget);
      const signal = call.signal ? AbortSignal.any([timeout, call.signal]) : timeout;

      let response: Response;
      let text: string;
      try {
        response = await fetchFn(url, { ...init, signal });
        text = await response.text();
      } catch (cause) {
        if (call.signal?.aborted) throw unavailable('aborted', 'the caller gave up', attempt, undefined, cause);
        last = timeout.aborted
          ? { reason: 'timeout', message: `no answer within ${Math.round(budget)} ms`, cause }
          : { reason: 'network', message: `network error (${describe(cause)})`, cause };
        continue;
      }

      if (response.status >= 500) {
        last = { reason: 'server_error', message: `answered ${response.status}`, status: response.status };
        continue;
      }
      const json = parseJson(text);
      if (response.status >= 400) throw rejection(carrier, response.status, json);
      if (response.status < 200 || response.status >= 300) {
        throw unavailable('bad_response', `unexpected status ${response.status}`, attempt, response.status);
      }
      const parsed = call.schema.safeParse(json);
      if (!parsed.success) {
        throw unavailable('bad_response', `unexpected response to ${call.method} ${call.path}`, attempt, response.status, parsed.error);
      }
      return { status: response.status, headers: response.headers, body: parsed.data, attempts: attempt };
    }

    const reason = deadlineReached ? 'deadline' : (last?.reason ?? 'deadline');
    const tries = `${made} attempt${made === 1 ? '' : 's'}`;
    const what = last ? `${last.message} (${tries})` : 'no attempt was made';
    const message = deadlineReached ? `${what}; the ${deadlineMs} ms deadline leaves no time for another` : what;
    throw unavailable(reason, message, made, last?.status, last?.cause);
  }

  return { request };
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
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
