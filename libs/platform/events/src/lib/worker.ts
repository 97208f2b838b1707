import { sql } from 'kysely';
import { inTransaction } from '@emporium/platform-db';
import { type Metrics, traceHooks } from '@emporium/platform-observability';
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

/**
 * How many deliveries one poll takes. pg-boss waits up to a polling interval after every fetch, so one job per fetch
 * would cap a queue at two jobs a second (a demo seed queues thousands); a batch is still handled one job (and one
 * transaction) at a time.
 */
const BATCH_SIZE = 100;

/**
 * Runs each job of a batch on its own. pg-boss marks a whole batch completed when the callback resolves, and failed
 * when it throws; a job that failed is failed here explicitly (so it is retried alone) and the callback resolves.
 * With tracing on, each job runs in a span of its own, so its queries and calls form one trace.
 */
async function eachOnItsOwn<T>(
  bus: EventBus,
  queue: string,
  jobs: ReadonlyArray<{ id: string; data: T }>,
  run: (data: T) => Promise<void>,
  metrics: Metrics | undefined,
): Promise<void> {
  const tracing = traceHooks();
  for (const [index, job] of jobs.entries()) {
    if (bus.stopping) {
      // Shutting down: give the untouched rest back for a prompt retry (by this process's successor or another worker)
      // rather than leave it held until pg-boss's 15-minute expiry.
      const rest = jobs.slice(index).map((entry) => entry.id);
      await bus.boss.fail(queue, rest);
      return;
    }
    try {
      if (tracing) await tracing.inSpan(`job ${queue}`, { 'messaging.system': 'pg-boss', 'messaging.destination.name': queue, 'messaging.message.id': job.id }, () => run(job.data));
      else await run(job.data);
    } catch (error) {
      metrics?.jobsFailed.inc({ queue });
      await bus.boss.fail(queue, job.id, { message: error instanceof Error ? error.message : String(error) });
    }
  }
}

/** Starts consuming every handler's queue and every job's queue, and schedules periodic jobs. */
export async function startWorker(options: WorkerOptions): Promise<void> {
  const { bus, context, metrics } = options;
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 0.5;
  const jobContext = { ...context, events: bus, ...(metrics ? { metrics } : {}) };
  await bus.register(options.handlers, options.jobs);
  for (const handler of options.handlers) {
    const queue = handlerQueueName(handler);
    const labels = { consumer: handler.consumer, event: handler.event };
    await bus.boss.work<DomainEvent>(queue, { pollingIntervalSeconds, batchSize: BATCH_SIZE }, (jobs) =>
      eachOnItsOwn(bus, queue, jobs, async (event) => {
        try {
          const outcome = await handleOnce(handler, event, jobContext);
          metrics?.eventsHandled.inc({ ...labels, outcome });
        } catch (error) {
          metrics?.eventsHandled.inc({ ...labels, outcome: 'failed' });
          context.logger.error({ err: error, eventId: event.id, ...labels }, 'event handler failed; pg-boss will retry');
          throw error;
        }
      }, metrics),
    );
  }
  for (const job of options.jobs) {
    await bus.boss.work<object>(job.name, { pollingIntervalSeconds, batchSize: BATCH_SIZE }, (entries) =>
      eachOnItsOwn(bus, job.name, entries, async (data) => {
        try {
          await job.handle(data, jobContext);
        } catch (error) {
          context.logger.error({ err: error, job: job.name }, 'job failed; pg-boss will retry');
          throw error;
        }
      }, metrics),
    );
    if (job.cron) await bus.boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
    // Work a crash may have left (a call cut off mid-way) is picked up now, not at the next tick.
    if (job.runOnStart) {
      const startAfter = typeof job.runOnStart === 'object' ? job.runOnStart.afterSeconds : 0;
      await bus.boss.send(job.name, {}, { startAfter });
    }
  }
}
