import { postSigned } from './post-signed';

export interface WebhookTarget {
  /** One endpoint or several; each gets every event. */
  url: string | readonly string[];
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

/** One POST to a receiver: `statusCode` null when it never answered; `Fields` are what the sender's owner adds about the event. */
export type WebhookAttempt<Fields extends object = object> = { eventId: string } & Fields & {
    attempt: number;
    url: string;
    statusCode: number | null;
    error?: string;
    /** True when this try failed and another is scheduled. */
    willRetry: boolean;
    at: string;
    durationMs: number;
  };

export interface WebhookSenderOptions<E, Fields extends object> {
  signatureHeader: string;
  userAgent: string;
  policy: RetryPolicy;
  /** What each attempt record says about its event besides the id. */
  describe: (event: E) => Fields;
  /** Told of every recorded attempt (a log line, say). */
  onAttempt?: (attempt: WebhookAttempt<Fields>) => void;
  /**
   * `sequential` (the default): first attempts go out one event after another, so a healthy receiver sees events in
   * the order they happened. `independent`: each event goes out at once. Retries always run in the background and
   * may arrive after a later event, as with real providers.
   */
  order?: 'sequential' | 'independent';
}

const urlsOf = (target: WebhookTarget): readonly string[] => (typeof target.url === 'string' ? [target.url] : target.url);

/** Posts events, signed, to every endpoint and retries a non-2xx answer or a network error with exponential backoff. */
export class WebhookSender<E extends { id: string }, Fields extends object = object> {
  private log: WebhookAttempt<Fields>[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly stopped = new AbortController();
  private chain: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private idleWaiters: (() => void)[] = [];
  private heldEvents: E[] = [];
  private paused = false;

  constructor(
    private target: WebhookTarget | undefined,
    private readonly options: WebhookSenderOptions<E, Fields>,
  ) {}

  setTarget(target: WebhookTarget | undefined): void {
    this.target = target;
  }

  attempts(): WebhookAttempt<Fields>[] {
    return this.log.map((attempt) => ({ ...attempt }));
  }

  /** Sends `event` to every endpoint; resolves with the first attempts once they are over (retries go on). */
  deliver(event: E): Promise<WebhookAttempt<Fields>[]> {
    if (this.paused) {
      this.heldEvents.push(event);
      return Promise.resolve([]);
    }
    const target = this.target;
    if (!target || this.stopped.signal.aborted) return Promise.resolve([]);
    const body = JSON.stringify(event);
    const urls = urlsOf(target);
    this.pending += urls.length;
    const send = () => Promise.all(urls.map((url, index) => this.attempt(event, body, url, index, target.secret, 1)));
    if (this.options.order === 'independent') return send();
    const first = this.chain.then(send);
    this.chain = first.catch(() => undefined);
    return first;
  }

  /** From now on events wait (in `held()`) until `release`: the way to send them out of order. */
  pause(): void {
    this.paused = true;
  }

  held(): E[] {
    return [...this.heldEvents];
  }

  /** Sends what was held, in the order recorded or the reverse, and stops holding. */
  async release(order: 'recorded' | 'reverse'): Promise<E[]> {
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

  private async attempt(event: E, body: string, url: string, index: number, secret: string, attempt: number): Promise<WebhookAttempt<Fields>> {
    const { policy } = this.options;
    const started = Date.now();
    const { statusCode, error } = await postSigned({
      url,
      secret,
      body,
      signatureHeader: this.options.signatureHeader,
      userAgent: this.options.userAgent,
      timeoutMs: policy.timeoutMs,
      signal: this.stopped.signal,
    });
    const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
    const willRetry = !ok && attempt < policy.attempts && !this.stopped.signal.aborted;
    const record: WebhookAttempt<Fields> = {
      eventId: event.id,
      ...this.options.describe(event),
      attempt,
      url,
      statusCode,
      ...(statusCode === null ? { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } : {}),
      willRetry,
      at: new Date(started).toISOString(),
      durationMs: Date.now() - started,
    };
    if (this.stopped.signal.aborted) return record;
    this.log.push(record);
    this.options.onAttempt?.(record);
    if (willRetry) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        // A re-pointed webhook takes the retries too (the endpoint at the same position).
        const current = this.target;
        const next = current ? (urlsOf(current)[index] ?? urlsOf(current)[0] ?? url) : url;
        void this.attempt(event, body, next, index, current?.secret ?? secret, attempt + 1);
      }, policy.baseDelayMs * 2 ** (attempt - 1));
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
