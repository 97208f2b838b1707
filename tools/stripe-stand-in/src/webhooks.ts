import { signStripePayload, STRIPE_SIGNATURE_HEADER } from './signature';
import type { StripeEvent } from './stripe-objects';

/** The exact bytes a delivery of `event` carries (Stripe sends pretty-printed JSON). */
export const eventPayload = (event: StripeEvent): string => JSON.stringify(event, null, 2);

export interface WebhookTarget {
  url: string;
  secret: string;
  /** Tries per event, the first included (default 4); waits `baseDelayMs` × 2^n between them (default 100). */
  attempts?: number;
  baseDelayMs?: number;
}

export interface WebhookAttempt {
  eventId: string;
  attempt: number;
  statusCode: number | null;
  error?: string;
}

/** Posts events signed as Stripe does; a non-2xx or network error is retried with backoff, in the background. */
export class WebhookSender {
  private readonly log: WebhookAttempt[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly stopped = new AbortController();

  constructor(private target: WebhookTarget | undefined) {}

  setTarget(target: WebhookTarget | undefined): void {
    this.target = target;
  }

  attempts(): WebhookAttempt[] {
    return this.log.map((attempt) => ({ ...attempt }));
  }

  /** Resolves with the first attempt (undefined with no endpoint); retries go on. */
  deliver(event: StripeEvent, attempt = 1): Promise<WebhookAttempt | undefined> {
    const target = this.target;
    if (!target || this.stopped.signal.aborted) return Promise.resolve(undefined);
    const payload = eventPayload(event);
    return this.post(event, payload, target, attempt);
  }

  stop(): void {
    this.stopped.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private async post(event: StripeEvent, payload: string, target: WebhookTarget, attempt: number): Promise<WebhookAttempt> {
    let statusCode: number | null = null;
    let error: string | undefined;
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          [STRIPE_SIGNATURE_HEADER]: signStripePayload(target.secret, payload, Date.now() / 1000),
        },
        body: payload,
        signal: AbortSignal.any([AbortSignal.timeout(5000), this.stopped.signal]),
      });
      statusCode = response.status;
      await response.body?.cancel().catch(() => undefined);
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    const record: WebhookAttempt = { eventId: event.id, attempt, statusCode, ...(error ? { error } : {}) };
    if (this.stopped.signal.aborted) return record;
    this.log.push(record);
    const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
    if (!ok && attempt < (target.attempts ?? 4)) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void this.post(event, payload, target, attempt + 1);
      }, (target.baseDelayMs ?? 100) * 2 ** (attempt - 1));
      this.timers.add(timer);
    }
    return record;
  }
}
