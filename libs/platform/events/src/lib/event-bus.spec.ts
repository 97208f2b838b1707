import { type Kysely, sql } from 'kysely';
import { pino } from 'pino';
import { inject } from 'vitest';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { createMetrics } from '@emporium/platform-observability';
import { defineEventHandler, type JobDefinition } from './definitions';
import { EventBus } from './event-bus';
import { eventsMigrationSet } from './events.migrations';
import { startWorker } from './worker';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const consumerSchema = {
  schema: 'test_consumer',
  migrations: {
    '0001': {
      async up(db: AnyDb) {
        // No unique constraint on purpose: a handler that ran twice would leave two rows.
        await sql`CREATE TABLE test_consumer.received (event_id uuid NOT NULL, note text NOT NULL)`.execute(db);
        await sql`CREATE TABLE test_consumer.job_run (name text NOT NULL, ran_at timestamptz NOT NULL DEFAULT now())`.execute(db);
      },
    },
  },
};

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('events through the transactional outbox', () => {
  let database: TestDatabase;
  let bus: EventBus;
  const metrics = createMetrics();
  let failNext = 0;

  const handler = defineEventHandler<{ note: string }>({
    consumer: 'test_consumer',
    event: 'test.thing-happened',
    retryLimit: 5,
    async handle(event, trx) {
      await sql`INSERT INTO test_consumer.received (event_id, note) VALUES (${event.id}, ${event.payload.note})`.execute(trx);
      if (failNext > 0) {
        failNext--;
        throw new Error('handler failed after writing: its writes must roll back');
      }
    },
  });
  const job: JobDefinition<{ label: string }> = {
    name: 'test_consumer.record-run',
    async handle(data, { db }) {
      await sql`INSERT INTO test_consumer.job_run (name) VALUES (${data.label})`.execute(db);
    },
  };

  const received = async (note: string) =>
    (await sql<{ event_id: string }>`SELECT event_id FROM test_consumer.received WHERE note = ${note}`.execute(database.db)).rows;

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, consumerSchema], { poolMax: 10 });
    bus = await EventBus.start({ pool: database.pool, source: 'test', schedule: false, supervise: false });
    await startWorker({ bus, handlers: [handler], jobs: [job as JobDefinition], context: { db: database.db, logger: pino({ level: 'silent' }) }, metrics });
  });
  afterAll(async () => {
    await bus.stop();
    await database.destroy();
  });

  it('never delivers an event published in a transaction that rolled back', async () => {
    await expect(
      inTransaction(database.db, async (trx) => {
        await bus.publish(trx, 'test.thing-happened', { note: 'rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await inTransaction(database.db, (trx) => bus.publish(trx, 'test.thing-happened', { note: 'marker-after-rollback' }));
    // Once the later event is handled, the earlier one would have been too had it existed.
    expect(await eventually(() => received('marker-after-rollback'), (rows) => rows.length === 1)).toHaveLength(1);
    expect(await received('rolled-back')).toHaveLength(0);
    const queued = await sql<{ count: number }>`SELECT count(*)::int AS count FROM pgboss.job WHERE data->'payload'->>'note' = 'rolled-back'`.execute(database.db);
    expect(queued.rows[0]?.count).toBe(0);
  });

  it('handles a committed event exactly once, even when it is delivered twice', async () => {
    const event = await inTransaction(database.db, (trx) => bus.publish(trx, 'test.thing-happened', { note: 'committed' }));
    expect(await eventually(() => received('committed'), (rows) => rows.length > 0)).toHaveLength(1);

    // Redeliver the very same event, as pg-boss would after a worker crashed before acknowledging it.
    await bus.boss.send('test_consumer.on.test.thing-happened', event as unknown as object);
    const duplicates = async () => (await metrics.eventsHandled.get()).values.find((value) => value.labels['outcome'] === 'duplicate')?.value ?? 0;
    expect(await eventually(duplicates, (count) => count >= 1)).toBe(1);
    expect(await received('committed')).toEqual([{ event_id: event.id }]);
  });

  it('works through a burst of events in batches, not one event per polling interval', async () => {
    await inTransaction(database.db, async (trx) => {
      for (let index = 0; index < 100; index++) await bus.publish(trx, 'test.thing-happened', { note: 'burst' });
    });
    // One event per 0.5 s poll would need 50 s; batches of 100 need a few polls.
    expect(await eventually(() => received('burst'), (rows) => rows.length === 100, 10_000)).toHaveLength(100);
  });

  it('retries a failed handler and keeps none of the failed attempt', async () => {
    failNext = 1;
    await inTransaction(database.db, (trx) => bus.publish(trx, 'test.thing-happened', { note: 'flaky' }));
    const rows = await eventually(() => received('flaky'), (found) => found.length > 0, 15_000);
    expect(rows).toHaveLength(1);
    expect(failNext).toBe(0);
    const failed = (await metrics.jobsFailed.get()).values.find((value) => value.labels['queue'] === 'test_consumer.on.test.thing-happened');
    expect(failed?.value).toBe(1);
  });

  it('counts the jobs due and waiting per queue, every queue listed, deferred ones not yet', async () => {
    const idle: JobDefinition = { name: 'test_consumer.nobody-works-this', handle: async () => undefined };
    await bus.register([handler], [job as JobDefinition, idle]);
    await bus.enqueue(idle, { n: 1 });
    await bus.enqueue(idle, { n: 2 });
    await bus.enqueue(idle, { n: 3 }, { startAfter: new Date(Date.now() + 60_000) });
    const waiting = await bus.waitingJobs();
    expect(waiting.get('test_consumer.nobody-works-this')).toBe(2);
    expect(waiting.has('test_consumer.record-run')).toBe(true);
    expect(waiting.has('test_consumer.on.test.thing-happened')).toBe(true);
  });

  it('runs a delayed job after its start time, and only if its transaction committed', async () => {
    await expect(
      inTransaction(database.db, async (trx) => {
        await bus.enqueue(job, { label: 'never' }, { trx });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const startAfter = new Date(Date.now() + 1500);
    await inTransaction(database.db, (trx) => bus.enqueue(job, { label: 'later' }, { trx, startAfter }));
    await sleep(500);
    const runs = async () => (await sql<{ name: string; ran_at: Date }>`SELECT name, ran_at FROM test_consumer.job_run`.execute(database.db)).rows;
    expect(await runs()).toEqual([]);
    const done = await eventually(runs, (rows) => rows.length > 0);
    expect(done.map((row) => row.name)).toEqual(['later']);
    expect(done[0]!.ran_at.getTime()).toBeGreaterThanOrEqual(startAfter.getTime() - 50);
  });
});
