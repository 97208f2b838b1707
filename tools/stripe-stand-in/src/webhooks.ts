import { postSigned } from '@emporium/signed-webhooks';
import { STRIPE_SIGNATURE_HEADER } from './signature';
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
    const { statusCode, error: failure } = await postSigned({
      url: target.url,
      secret: target.secret,
      body: payload,
      signatureHeader: STRIPE_SIGNATURE_HEADER,
      userAgent: 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      contentType: 'application/json; charset=utf-8',
      timeoutMs: 5000,
      signal: this.stopped.signal,
    });
    const error = statusCode === null ? (failure instanceof Error ? failure.message : String(failure)) : undefined;
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
