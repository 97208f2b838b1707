import { signSandboxWebhook, SIGNATURE_HEADER } from './signature';
import type { TrackingStatus } from './schemas';

export interface EventLocation {
  city: string;
  region?: string;
  postalCode?: string;
  country: string;
}

/** What a receiver gets, byte for byte the signed body. */
export interface WebhookEvent {
  id: string;
  type: 'tracking.updated';
  trackingNumber: string;
  status: TrackingStatus;
  occurredAt: string;
  description: string;
  location: EventLocation;
}

export interface WebhookTarget {
  url: string;
  secret: string;
}

export interface RetryPolicy {
  /** Tries per event, the first included. Default 6. */
  attempts: number;
  /** Wait before the 2nd try; doubled before each further one (0.2 s, 0.4 s, 0.8 s …). Default 200. */
  baseDelayMs: number;
  /** How long one try may take before it counts as failed. Default 5000. */
  timeoutMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 6, baseDelayMs: 200, timeoutMs: 5000 };

/** One POST to the receiver: `statusCode` null when it never answered (refused, reset, timed out). */
export interface WebhookAttempt {
  eventId: string;
  trackingNumber: string;
  status: TrackingStatus;
  attempt: number;
  url: string;
  statusCode: number | null;
  error?: string;
  /** True when this try failed and another is scheduled. */
  willRetry: boolean;
  at: string;
  durationMs: number;
}

/**
 * Posts events to the webhook URL, signed, and retries a non-2xx answer or a network error with exponential backoff.
 * Events are delivered independently, like a real carrier's: a retried event can arrive after a later one.
 */
export class WebhookSender {
  private readonly log: WebhookAttempt[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly stopped = new AbortController();
  private pending = 0;
  private idleWaiters: (() => void)[] = [];

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

  /** Sends `event`; resolves with the first attempt once it is over (retries go on in the background). */
  deliver(event: WebhookEvent): Promise<WebhookAttempt | null> {
    const target = this.target;
    if (!target || this.stopped.signal.aborted) return Promise.resolve(null);
    const body = JSON.stringify(event);
    this.pending += 1;
    return this.attempt(event, body, target, 1);
  }

  /** Resolves when every delivery has succeeded or given up (for tests that assert on the log). */
  settled(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    this.stopped.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pending = 0;
    this.flushIdle();
  }

  private async attempt(event: WebhookEvent, body: string, target: WebhookTarget, attempt: number): Promise<WebhookAttempt> {
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | undefined;
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'sandbox-carrier-webhooks/1',
          [SIGNATURE_HEADER]: signSandboxWebhook(target.secret, body, Math.floor(Date.now() / 1000)),
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
      trackingNumber: event.trackingNumber,
      status: event.status,
      attempt,
      url: target.url,
      statusCode,
      ...(error ? { error } : {}),
      willRetry,
      at: new Date(started).toISOString(),
      durationMs: Date.now() - started,
    };
    if (this.stopped.signal.aborted) return record;
    this.log.push(record);
    this.note(`webhook ${event.id} ${event.status} attempt ${attempt} → ${statusCode ?? error}`);
    if (willRetry) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void this.attempt(event, body, this.target ?? target, attempt + 1);
      }, this.policy.baseDelayMs * 2 ** (attempt - 1));
      this.timers.add(timer);
    } else {
      this.pending -= 1;
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
