import { randomUUID } from 'node:crypto';
import { CompiledQuery, sql } from 'kysely';
import PgBoss from 'pg-boss';
import type pg from 'pg';
import type { Database, DbTransaction } from '@emporium/platform-db';
import type { DomainEvent } from './domain-event';
import { type EventHandler, handlerQueueName, type JobDefinition } from './definitions';
import { PGBOSS_SCHEMA } from './events.migrations';

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
    for (const handler of handlers) {
      const queue = handlerQueueName(handler);
      await this.boss.createQueue(queue, { name: queue, retryLimit: handler.retryLimit ?? 10, retryBackoff: true, retryDelay: 1 });
      await this.boss.subscribe(handler.event, queue);
    }
    for (const job of jobs) {
      await this.boss.createQueue(job.name, { name: job.name, retryLimit: job.retryLimit ?? 5, retryBackoff: true, retryDelay: 1 });
    }
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
  }
}
