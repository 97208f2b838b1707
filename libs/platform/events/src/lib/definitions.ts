import type { Logger, Metrics } from '@emporium/platform-observability';
import type { Database, DbTransaction } from '@emporium/platform-db';
import type { DomainEvent } from './domain-event';
import type { EventBus } from './event-bus';

/** Publishing, as handlers see the bus: their follow-up events join the transaction that marks the event handled. */
export interface EventPublisher {
  publish(trx: DbTransaction, type: string, payload: unknown): Promise<unknown>;
}

/** What a handler or job gets besides its input. */
export interface HandlerContext {
  readonly db: Database;
  readonly logger: Logger;
  readonly events: EventPublisher;
  /** The process's metrics, for a job that counts what it did; the worker passes its own. */
  readonly metrics?: Metrics;
}

/**
 * A service's reaction to another service's event. It runs inside a transaction that also records the event as
 * processed for this consumer, so its writes and the "done" mark commit together or not at all.
 */
export interface EventHandler<TPayload = unknown> {
  /** The service that handles it (e.g. `catalog`). */
  readonly consumer: string;
  /** The event type it listens to (e.g. `inventory.availability-changed`). */
  readonly event: string;
  readonly retryLimit?: number;
  handle(event: DomainEvent<string, TPayload>, trx: DbTransaction, context: HandlerContext): Promise<void>;
}

/** What a job gets: the handler context with the whole bus, to publish events or queue follow-up work. */
export interface JobContext extends HandlerContext {
  readonly events: EventBus;
}

/** A background job: run later (`startAfter`), on a schedule (`cron`), or both. */
export interface JobDefinition<TData extends object = object> {
  /** Queue name, `<service>.<job>` (e.g. `inventory.expire-reservations`). */
  readonly name: string;
  /** Cron expression (UTC) for periodic jobs. */
  readonly cron?: string;
  readonly retryLimit?: number;
  /** Also run once whenever a worker starts, optionally after a delay (a clean-up that should not wait for its tick). */
  readonly runOnStart?: boolean | { readonly afterSeconds: number };
  handle(data: TData, context: JobContext): Promise<void>;
}

/**
 * Declares a handler with its payload type. The bus itself carries payloads as unknown (it cannot check them);
 * the handler's author states what the publisher promised, in this one place.
 */
export function defineEventHandler<TPayload>(handler: EventHandler<TPayload>): EventHandler {
  return handler as EventHandler;
}

export function handlerQueueName(handler: Pick<EventHandler, 'consumer' | 'event'>): string {
  return `${handler.consumer}.on.${handler.event}`;
}
