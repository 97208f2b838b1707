import { sql } from 'kysely';
import { inTransaction } from '@emporium/platform-db';
import type { Metrics } from '@emporium/platform-observability';
import { type EventHandler, type HandlerContext, handlerQueueName, type JobDefinition } from './definitions';
import type { DomainEvent } from './domain-event';
import type { EventBus } from './event-bus';

export interface WorkerOptions {
  readonly bus: EventBus;
  readonly handlers: readonly EventHandler[];
  readonly jobs: readonly JobDefinition[];
  /** Database and logger; the bus is added by the worker. */
  readonly context: Omit<HandlerContext, 'events'>;
  readonly metrics?: Metrics;
  /** How often idle queues are polled; pg-boss's minimum is 0.5 s. */
  readonly pollingIntervalSeconds?: number;
}

/**
 * Handles one delivery of an event for one consumer. The processed-event mark and the handler's writes share a
 * transaction: a repeat delivery finds the mark and does nothing; a failed handler leaves no mark and is retried.
 */
export async function handleOnce(handler: EventHandler, event: DomainEvent, context: HandlerContext): Promise<'handled' | 'duplicate'> {
  return inTransaction(context.db, async (trx) => {
    const marked = await sql`
      INSERT INTO events.processed_event (consumer, event_id, event_type) VALUES (${handler.consumer}, ${event.id}, ${event.type})
      ON CONFLICT DO NOTHING`.execute(trx);
    if (Number(marked.numAffectedRows ?? 0) === 0) return 'duplicate';
    await handler.handle(event, trx, context);
    return 'handled';
  });
}

/** Starts consuming every handler's queue and every job's queue, and schedules periodic jobs. */
export async function startWorker(options: WorkerOptions): Promise<void> {
  const { bus, context, metrics } = options;
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 0.5;
  await bus.register(options.handlers, options.jobs);
  for (const handler of options.handlers) {
    await bus.boss.work<DomainEvent>(handlerQueueName(handler), { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
      if (!job) return;
      const labels = { consumer: handler.consumer, event: handler.event };
      try {
        const outcome = await handleOnce(handler, job.data, { ...context, events: bus });
        metrics?.eventsHandled.inc({ ...labels, outcome });
      } catch (error) {
        metrics?.eventsHandled.inc({ ...labels, outcome: 'failed' });
        context.logger.error({ err: error, eventId: job.data.id, ...labels }, 'event handler failed; pg-boss will retry');
        throw error;
      }
    });
  }
  for (const job of options.jobs) {
    await bus.boss.work<object>(job.name, { pollingIntervalSeconds, batchSize: 1 }, async ([entry]) => {
      if (entry) await job.handle(entry.data, { ...context, events: bus });
    });
    if (job.cron) await bus.boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
  }
}
