import { randomUUID } from 'node:crypto';
import { CompiledQuery, sql } from 'kysely';
import PgBoss from 'pg-boss';
import type pg from 'pg';
import { type Database, type DbTransaction, isRetryableTransactionError, isUniqueViolation, pgErrorCode } from '@emporium/platform-db';
import type { DomainEvent } from './domain-event';
import { type EventHandler, handlerQueueName, type JobDefinition } from './definitions';
import { PGBOSS_SCHEMA } from './events.migrations';

/**
 * Replicas starting together create the same queues at the same moment; pg-boss's DDL for a new queue partition can
 * then deadlock. Creating a queue is idempotent, so the loser simply tries again.
 */
async function retryOnLockConflict(work: () => Promise<unknown>, attempts = 8): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await work();
      return;
    } catch (error) {
      // Another replica finished first: the queue (or its partition table) exists, which is all we wanted.
      if (isUniqueViolation(error) || pgErrorCode(error) === '42P07') return;
      if (attempt >= attempts || !isRetryableTransactionError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * attempt));
    }
  }
}

/** pg-boss runs its statements through this adapter, so an event can be written inside the caller's transaction. */
function kyselyExecutor(executor: Database | DbTransaction): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const result = await executor.executeQuery(CompiledQuery.raw(text, values));
      return { rows: result.rows as unknown[] as never[] };
    },
  };
}

export interface PublishOptions {
  /** Delay delivery, e.g. to let a read model settle. */
  readonly startAfter?: Date;
}

/**
 * Domain events and background jobs on PostgreSQL through pg-boss. pg-boss's job table is our transactional outbox:
 * `publish` inserts one job per subscribed consumer in the caller's transaction, so an event exists if and only if
 * the change that caused it committed. Delivery is at-least-once; handlers de-duplicate by event id.
 */
export class EventBus {
  private constructor(
    readonly boss: PgBoss,
    private readonly source: string,
  ) {}

  /** Wraps a started pg-boss that shares the process's pool (one pool per process keeps memory low). */
  static async start(options: { pool: pg.Pool; source: string; schedule: boolean; supervise: boolean }): Promise<EventBus> {
    const boss = new PgBoss({
      db: { executeSql: async (text, values) => options.pool.query(text, values as unknown[]) },
      schema: PGBOSS_SCHEMA,
      schedule: options.schedule,
      supervise: options.supervise,
      migrate: true,
    });
    boss.on('error', () => undefined);
    await boss.start();
    return new EventBus(boss, options.source);
  }

  /** Records an event in the given transaction. Throws (failing the transaction) if it cannot be recorded. */
  async publish<TType extends string, TPayload>(trx: DbTransaction, type: TType, payload: TPayload, options: PublishOptions = {}): Promise<DomainEvent<TType, TPayload>> {
    const event: DomainEvent<TType, TPayload> = { id: randomUUID(), type, source: this.source, occurredAt: new Date().toISOString(), payload };
    const subscribers = await sql<{ name: string }>`SELECT name FROM ${sql.table(`${PGBOSS_SCHEMA}.subscription`)} WHERE event = ${type}`.execute(trx);
    for (const { name } of subscribers.rows) {
      await this.boss.send(name, event as unknown as object, { db: kyselyExecutor(trx), startAfter: options.startAfter });
    }
    return event;
  }

  /** Queues a background job, inside `trx` when given (so it runs only if the transaction commits). */
  async enqueue<TData extends object>(job: Pick<JobDefinition<TData>, 'name'>, data: TData, options: { trx?: DbTransaction; startAfter?: Date; singletonKey?: string } = {}): Promise<string | null> {
    return this.boss.send(job.name, data, {
      db: options.trx ? kyselyExecutor(options.trx) : undefined,
      startAfter: options.startAfter,
      singletonKey: options.singletonKey,
    });
  }

  /**
   * Creates the queues and subscriptions for every handler and job the deployment knows, idempotently. Every process
   * runs this at start-up, so an event published by any process reaches consumers that are not running yet.
   */
  async register(handlers: readonly EventHandler[], jobs: readonly JobDefinition[]): Promise<void> {
    const key = [...handlers.map(handlerQueueName), ...jobs.map((job) => job.name)].join('\n');
    // A process registers before seeding and again when its worker starts: the second time costs nothing.
    if (this.registeredKey === key) return;
    const existing = new Set((await this.boss.getQueues()).map((queue) => queue.name));
    const wanted: Array<{ name: string; retryLimit: number; event?: string }> = [
      ...handlers.map((handler) => ({ name: handlerQueueName(handler), retryLimit: handler.retryLimit ?? 10, event: handler.event })),
      ...jobs.map((job) => ({ name: job.name, retryLimit: job.retryLimit ?? 5 })),
    ];
    for (const queue of wanted) {
      if (!existing.has(queue.name)) {
        await retryOnLockConflict(() => this.boss.createQueue(queue.name, { name: queue.name, retryLimit: queue.retryLimit, retryBackoff: true, retryDelay: 1 }));
      }
      const event = queue.event;
      if (event) await retryOnLockConflict(() => this.boss.subscribe(event, queue.name));
    }
    this.registeredKey = key;
    this.queueNames = wanted.map((queue) => queue.name);
  }

  private registeredKey: string | undefined;
  private queueNames: readonly string[] = [];

  /**
   * Jobs due and not yet picked up, per queue (every registered queue, 0 included), for the `queue_jobs_waiting`
   * gauge: one grouped count that pg-boss's partial index of waiting jobs (`job_i5`) can answer, so it stays cheap
   * however many finished jobs the table keeps. Deferred jobs (a retry's back-off, `startAfter` in the future) are not
   * waiting yet and are not counted.
   */
  async waitingJobs(): Promise<ReadonlyMap<string, number>> {
    const result = await this.boss
      .getDb()
      .executeSql(`SELECT name, count(*)::int AS waiting FROM ${PGBOSS_SCHEMA}.job WHERE state < 'active' AND start_after <= now() GROUP BY name`, []);
    const waiting = new Map(this.queueNames.map((name) => [name, 0]));
    for (const row of result.rows as Array<{ name: string; waiting: number }>) waiting.set(row.name, row.waiting);
    return waiting;
  }

  private stopRequested = false;

  /** True once `stop` was called: workers hand back the rest of a fetched batch instead of starting on it. */
  get stopping(): boolean {
    return this.stopRequested;
  }

  async stop(): Promise<void> {
    this.stopRequested = true;
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
  }
}
