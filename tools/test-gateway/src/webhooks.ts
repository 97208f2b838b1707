import type { PaymentIntent, Refund } from './intent';
import { signPayload, SIGNATURE_HEADER } from './signature';

export type EventType =
  | 'payment_intent.requires_action'
  | 'payment_intent.amount_capturable_updated'
  | 'payment_intent.succeeded'
  | 'payment_intent.payment_failed'
  | 'payment_intent.canceled'
  | 'charge.refunded';

/** What a receiver gets, byte for byte the signed body. `charge.refunded` carries the refund, the rest the intent. */
export interface WebhookEvent {
  id: string;
  type: EventType;
  /** Unix seconds. */
  created: number;
  data: { object: PaymentIntent | Refund };
}

export interface WebhookTarget {
  /** One endpoint or several; each gets every event. */
  url: string | string[];
  secret: string;
}

export interface RetryPolicy {
  /** Tries per event and endpoint, the first included. Default 6. */
  attempts: number;
  /** Wait before the 2nd try; doubled before each further one (0.2 s, 0.4 s, 0.8 s …). Default 200. */
  baseDelayMs: number;
  /** How long one try may take before it counts as failed. Default 5000. */
  timeoutMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 6, baseDelayMs: 200, timeoutMs: 5000 };

/** One POST to a receiver: `statusCode` null when it never answered (refused, reset, timed out). */
export interface WebhookAttempt {
  eventId: string;
  type: EventType;
  attempt: number;
  url: string;
  statusCode: number | null;
  error?: string;
  /** True when this try failed and another is scheduled. */
  willRetry: boolean;
  at: string;
  durationMs: number;
}

const urlsOf = (target: WebhookTarget) => (Array.isArray(target.url) ? target.url : [target.url]);

/**
 * Posts events, signed, to every endpoint and retries a non-2xx answer or a network error with exponential backoff.
 * First attempts go out one event after another, so a healthy receiver sees events in the order they happened;
 * retries run in the background and may arrive after a later event, as with real gateways.
 */
export class WebhookSender {
  private log: WebhookAttempt[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly stopped = new AbortController();
  private chain: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private idleWaiters: (() => void)[] = [];
  private heldEvents: WebhookEvent[] = [];
  private paused = false;

  constructor(
    private target: WebhookTarget | undefined,
    private readonly policy: RetryPolicy,
    private readonly note: (line: string) => void,
  ) {}

  setTarget(target: WebhookTarget | undefined): void {
    this.target = target;
  }

  attempts(): WebhookAttempt[] {
    return this.log.map((attempt) => ({ ...attempt }));
  }

  /** Sends `event` to every endpoint; resolves with the first attempts once they are over (retries go on). */
  deliver(event: WebhookEvent): Promise<WebhookAttempt[]> {
    if (this.paused) {
      this.heldEvents.push(event);
      return Promise.resolve([]);
    }
    const target = this.target;
    if (!target || this.stopped.signal.aborted) return Promise.resolve([]);
    const body = JSON.stringify(event);
    const urls = urlsOf(target);
    this.pending += urls.length;
    const first = this.chain.then(() => Promise.all(urls.map((url, index) => this.attempt(event, body, url, index, target.secret, 1))));
    this.chain = first.catch(() => undefined);
    return first;
  }

  /** From now on events wait (in `held()`) until `release`: the way to send them out of order. */
  pause(): void {
    this.paused = true;
  }

  held(): WebhookEvent[] {
    return [...this.heldEvents];
  }

  /** Sends what was held, in the order recorded or the reverse, and stops holding. */
  async release(order: 'recorded' | 'reverse'): Promise<WebhookEvent[]> {
    this.paused = false;
    const events = order === 'reverse' ? [...this.heldEvents].reverse() : this.heldEvents;
    this.heldEvents = [];
    for (const event of events) await this.deliver(event);
    return events;
  }

  /** Resolves when every delivery has succeeded or given up (for tests that assert on the log). */
  async settled(): Promise<void> {
    await this.chain;
    if (this.pending === 0) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Forgets the log and held events, stops retries in flight; the endpoints stay as they are. */
  reset(): void {
    this.clearTimers();
    this.log = [];
    this.heldEvents = [];
    this.paused = false;
  }

  stop(): void {
    this.stopped.abort();
    this.clearTimers();
  }

  private clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pending = 0;
    this.flushIdle();
  }

  private async attempt(event: WebhookEvent, body: string, url: string, index: number, secret: string, attempt: number): Promise<WebhookAttempt> {
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | undefined;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'test-gateway-webhooks/1',
          [SIGNATURE_HEADER]: signPayload(secret, body, Math.floor(Date.now() / 1000)),
        },
        body,
        signal: AbortSignal.any([AbortSignal.timeout(this.policy.timeoutMs), this.stopped.signal]),
      });
      statusCode = response.status;
      await response.body?.cancel().catch(() => undefined);
    } catch (cause) {
      error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    }
    const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
    const willRetry = !ok && attempt < this.policy.attempts && !this.stopped.signal.aborted;
    const record: WebhookAttempt = {
      eventId: event.id,
      type: event.type,
      attempt,
      url,
      statusCode,
      ...(error ? { error } : {}),
      willRetry,
      at: new Date(started).toISOString(),
      durationMs: Date.now() - started,
    };
    if (this.stopped.signal.aborted) return record;
    this.log.push(record);
    this.note(`webhook ${event.id} ${event.type} → ${url} attempt ${attempt} → ${statusCode ?? error}`);
    if (willRetry) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        // A re-pointed webhook takes the retries too (the endpoint at the same position).
        const current = this.target;
        const next = current ? (urlsOf(current)[index] ?? urlsOf(current)[0] ?? url) : url;
        void this.attempt(event, body, next, index, current?.secret ?? secret, attempt + 1);
      }, this.policy.baseDelayMs * 2 ** (attempt - 1));
      this.timers.add(timer);
    } else {
      this.pending = Math.max(0, this.pending - 1);
      if (this.pending === 0) this.flushIdle();
    }
    return record;
  }

  private flushIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
