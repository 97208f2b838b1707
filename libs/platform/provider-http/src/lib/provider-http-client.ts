import { setTimeout as delay } from 'node:timers/promises';
import type { z } from 'zod';
import type { ProviderFailure } from './provider-failure';

export interface ProviderHttpOptions {
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

export interface ProviderRequest<T> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Appended to the base URL; path segments must already be encoded. */
  readonly path: string;
  readonly body?: unknown;
  /** Sent on every attempt, after the client's own (an `Idempotency-Key` among them). */
  readonly headers?: Readonly<Record<string, string>>;
  /** The 2xx body must match it, else a `bad_response` failure. */
  readonly schema: z.ZodType<T>;
  /** The caller giving up: no further attempt. */
  readonly signal?: AbortSignal;
}

export interface ProviderResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  /** How many attempts it took (1 = no retry). */
  readonly attempts: number;
}

/** How one provider's adapter turns outcomes into its own error classes. */
export interface ProviderErrors {
  /** A 4xx: the provider's answer, thrown at once. `body` is the parsed JSON (or the text, or undefined). */
  rejected(status: number, body: unknown, request: ProviderRequest<unknown>): Error;
  unavailable(failure: ProviderFailure, request: ProviderRequest<unknown>): Error;
}

export interface ProviderHttpClient {
  request<T>(request: ProviderRequest<T>): Promise<ProviderResponse<T>>;
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
 * JSON over fetch for a provider's API. Every attempt sends the very same request — method, URL, headers (an
 * `Idempotency-Key` among them) and body bytes — so a retry after a lost answer is met by the provider's
 * idempotency instead of doing the work twice. Retries only what may succeed next time (network errors, timeouts,
 * 5xx) and only while the deadline leaves time; a 4xx is the provider's answer and is thrown at once.
 */
export function providerHttpClient(options: ProviderHttpOptions, errors: ProviderErrors): ProviderHttpClient {
  const timeoutMs = options.timeoutMs ?? 5000;
  const retries = options.retries ?? 2;
  const deadlineMs = options.deadlineMs ?? timeoutMs * (retries + 1) + 2000;
  const backoff = options.backoff ?? { baseMs: 200, maxMs: 2000 };
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  const fetchFn = options.fetch ?? fetch;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  async function request<T>(call: ProviderRequest<T>): Promise<ProviderResponse<T>> {
    const started = performance.now();
    const remaining = () => deadlineMs - (performance.now() - started);
    const aborted = (attempts: number, cause: unknown) => errors.unavailable({ kind: 'aborted', attempts, cause }, call);
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
          throw aborted(attempt - 1, cause);
        }
      }
      if (call.signal?.aborted) throw aborted(attempt - 1, call.signal.reason);
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
        if (call.signal?.aborted) throw aborted(attempt, cause);
        last = timeout.aborted
          ? { reason: 'timeout', message: `no answer within ${budget} ms`, cause }
          : { reason: 'network', message: `network error (${describe(cause)})`, cause };
        continue;
      }

      if (response.status >= 500) {
        last = { reason: 'server_error', message: `answered ${response.status}`, status: response.status };
        continue;
      }
      const json = parseJson(text);
      if (response.status >= 400) throw errors.rejected(response.status, json, call);
      const parsed = response.status >= 200 && response.status < 300 ? call.schema.safeParse(json) : undefined;
      if (!parsed?.success) {
        throw errors.unavailable(
          { kind: 'bad_response', schemaMismatch: parsed !== undefined, attempts: attempt, status: response.status, cause: parsed?.error },
          call,
        );
      }
      return { status: response.status, headers: response.headers, body: parsed.data, attempts: attempt };
    }

    const tries = `${made} attempt${made === 1 ? '' : 's'}`;
    throw errors.unavailable(
      {
        kind: 'exhausted',
        ...(last ? { reason: last.reason } : {}),
        deadlineReached,
        deadlineMs,
        summary: last ? `${last.message} (${tries})` : 'no attempt was made',
        attempts: made,
        ...(last?.status === undefined ? {} : { status: last.status }),
        cause: last?.cause,
      },
      call,
    );
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
