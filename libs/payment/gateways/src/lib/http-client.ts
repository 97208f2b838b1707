import { setTimeout as delay } from 'node:timers/promises';
import type { z } from 'zod';
import { GatewayRejected, GatewayUnavailable, type GatewayUnavailableReason } from './gateway-errors';

export interface GatewayHttpOptions {
  /** The gateway's code, carried by every error. */
  readonly gateway: string;
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
  readonly sleep?: (ms: number) => Promise<void>;
  readonly fetch?: typeof fetch;
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

export interface GatewayHttpResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  /** How many attempts it took (1 = no retry). */
  readonly attempts: number;
}

export interface GatewayHttpClient {
  request<T>(request: GatewayHttpRequest<T>): Promise<GatewayHttpResponse<T>>;
}

interface Retryable {
  readonly reason: GatewayUnavailableReason;
  readonly message: string;
  readonly cause?: unknown;
}

/** A 4xx body in the common `{ error: { code, message, param } }` shape. */
export interface RejectionBody {
  readonly code: string;
  readonly message: string;
  readonly param?: string;
  readonly raw: Record<string, unknown>;
}

/**
 * JSON over fetch for gateway APIs, shaped like the carriers' client. Every attempt sends the very same request —
 * method, URL, headers (the `Idempotency-Key` among them) and body bytes — so a retry after a lost answer is
 * answered by the gateway's idempotency instead of moving money twice. Only network errors, timeouts and 5xx are
 * retried; a 4xx is the gateway's answer and is thrown at once as `GatewayRejected` (or what `onRejected` makes of it).
 */
export function gatewayHttpClient(
  options: GatewayHttpOptions,
  onRejected: (status: number, body: RejectionBody, request: GatewayHttpRequest<unknown>) => Error = (status, body) =>
    new GatewayRejected(options.gateway, body.code, body.message, { status, ...(body.param ? { param: body.param } : {}) }),
): GatewayHttpClient {
  const timeoutMs = options.timeoutMs ?? 5000;
  const retries = options.retries ?? 2;
  const deadlineMs = options.deadlineMs ?? timeoutMs * (retries + 1) + 2000;
  const backoff = options.backoff ?? { baseMs: 200, maxMs: 2000 };
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const fetchFn = options.fetch ?? fetch;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const gateway = options.gateway;

  async function request<T>(call: GatewayHttpRequest<T>): Promise<GatewayHttpResponse<T>> {
    const started = performance.now();
    const remaining = () => deadlineMs - (performance.now() - started);
    // Built once: every attempt sends identical bytes.
    const init = {
      method: call.method,
      headers: {
        accept: 'application/json',
        ...options.headers,
        ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(call.idempotencyKey === undefined ? {} : { 'idempotency-key': call.idempotencyKey }),
      },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    };
    const url = `${baseUrl}${call.path}`;
    let last: Retryable | undefined;
    let made = 0;

    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      if (attempt > 1) {
        const wait = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (attempt - 2)) * (0.5 + random() / 2);
        // No point waiting for an attempt that would have no time left.
        if (wait >= remaining()) break;
        await sleep(wait);
      }
      const budget = Math.floor(Math.min(timeoutMs, remaining()));
      if (budget <= 0) break;
      made = attempt;
      const timeout = AbortSignal.timeout(budget);

      let response: Response;
      let text: string;
      try {
        response = await fetchFn(url, { ...init, signal: timeout });
        text = await response.text();
      } catch (cause) {
        last = timeout.aborted
          ? { reason: 'timeout', message: `no answer within ${budget} ms`, cause }
          : { reason: 'network', message: `network error (${describe(cause)})`, cause };
        continue;
      }

      if (response.status >= 500) {
        last = { reason: 'server_error', message: `answered ${response.status}` };
        continue;
      }
      const json = parseJson(text);
      if (response.status >= 400) throw onRejected(response.status, rejectionBody(response.status, json), call);
      const parsed = response.status >= 200 && response.status < 300 ? call.schema.safeParse(json) : undefined;
      if (!parsed?.success) {
        throw new GatewayUnavailable(gateway, 'bad_response', `${gateway}: unexpected answer to ${call.method} ${call.path} (${response.status})`, {
          cause: parsed?.error,
        });
      }
      return { status: response.status, headers: response.headers, body: parsed.data, attempts: attempt };
    }

    const tries = `${made} attempt${made === 1 ? '' : 's'}`;
    const what = last ? `${last.message} (${tries})` : 'no attempt was made';
    throw new GatewayUnavailable(gateway, last?.reason ?? 'timeout', `${gateway}: ${what} within the ${deadlineMs} ms deadline`, { cause: last?.cause });
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

function rejectionBody(status: number, body: unknown): RejectionBody {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const error = typeof record['error'] === 'object' && record['error'] !== null ? (record['error'] as Record<string, unknown>) : record;
  const code = typeof error['code'] === 'string' ? error['code'] : `http_${status}`;
  const message = typeof error['message'] === 'string' ? error['message'] : `The gateway refused the request (${status}).`;
  const param = typeof error['param'] === 'string' ? error['param'] : undefined;
  return { code, message, ...(param ? { param } : {}), raw: error };
}
