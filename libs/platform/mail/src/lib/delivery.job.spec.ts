import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { pino } from 'pino';
import { inject } from 'vitest';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { EventBus, eventsMigrationSet, type JobContext, type JobDefinition, startWorker } from '@emporium/platform-events';
import { mailDeliveryJob } from './delivery.job';
import { mailMigrationSet } from './mail.migrations';
import { mailDb } from './mail.tables';
import { getMail } from './mailbox';
import { MAIL_DELIVERY_JOB, type OutgoingMail, queueMail } from './outbox';
import type { MailTransport, TransportMessage } from './transport';

const FROM = 'Emporium <shop@emporium.test>';

/** Stands in for the SMTP server: records what it was handed and fails on demand, per recipient. */
class RecordingTransport implements MailTransport {
  readonly kind = 'smtp' as const;
  readonly delivered: TransportMessage[] = [];
  readonly calls: string[] = [];
  private readonly failures = new Map<string, number>();

  failNext(recipient: string, times: number): void {
    this.failures.set(recipient, times);
  }

  async deliver(message: TransportMessage): Promise<void> {
    this.calls.push(message.to);
    const left = this.failures.get(message.to) ?? 0;
    if (left > 0) {
      this.failures.set(message.to, left - 1);
      throw new Error('421 4.3.0 try again later (relay smtp://mailer:hunter22@smtp.example.com\n  is busy)');
    }
    this.delivered.push(message);
  }

  deliveredTo(recipient: string): TransportMessage[] {
    return this.delivered.filter((message) => message.to === recipient);
  }
}

async function eventually<T>(read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const mail = (to: string, overrides: Partial<OutgoingMail> = {}): OutgoingMail => ({
  to,
  subject: 'Reset your password',
  text: 'Follow the link to choose a new password.',
  html: '<p>Follow the link to choose a new password.</p>',
  template: 'user.password-reset',
  ...overrides,
});

describe('mail delivery through the outbox', () => {
  let database: TestDatabase;
  let bus: EventBus;
  const transport = new RecordingTransport();
  const context = (): JobContext => ({ db: database.db, logger: pino({ level: 'silent' }), events: bus });

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, mailMigrationSet], { poolMax: 10 });
    bus = await EventBus.start({ pool: database.pool, source: 'test', schedule: false, supervise: false });
    await startWorker({ bus, handlers: [], jobs: [mailDeliveryJob(transport, FROM) as JobDefinition], context: context() });
  });
  afterAll(async () => {
    await bus.stop();
    await database.destroy();
  });

  it('never delivers a mail queued in a transaction that rolled back', async () => {
    let rolledBackId = '';
    await expect(
      inTransaction(database.db, async (trx) => {
        rolledBackId = (await queueMail(trx, bus, mail('rolled-back@example.com'))).id;
        throw new Error('the registration failed');
      }),
    ).rejects.toThrow('the registration failed');
    await inTransaction(database.db, (trx) => queueMail(trx, bus, mail('after-rollback@example.com')));

    // Once the later mail is delivered, the earlier one would have been too had it existed.
    expect(await eventually(() => transport.deliveredTo('after-rollback@example.com'), (sent) => sent.length > 0)).toHaveLength(1);
    expect(transport.calls).not.toContain('rolled-back@example.com');
    expect(await getMail(database.db, rolledBackId)).toBeNull();
    const jobs = await sql<{ count: number }>`SELECT count(*)::int AS count FROM pgboss.job WHERE data->>'messageId' = ${rolledBackId}`.execute(database.db);
    expect(jobs.rows[0]?.count).toBe(0);
  });

  it('delivers a committed mail once, with both parts, even when its job is delivered twice', async () => {
    const { id } = await inTransaction(database.db, (trx) => queueMail(trx, bus, mail('committed@example.com')));
    const settled = await eventually(() => getMail(database.db, id), (found) => found?.status === 'sent');
    expect(settled).toMatchObject({ status: 'sent', attempts: 0, lastError: null, template: 'user.password-reset' });
    expect(settled?.deliveredAt).toBeInstanceOf(Date);
    expect(transport.deliveredTo('committed@example.com')).toEqual([
      {
        from: FROM,
        to: 'committed@example.com',
        subject: 'Reset your password',
        text: 'Follow the link to choose a new password.',
        html: '<p>Follow the link to choose a new password.</p>',
      },
    ]);

    // pg-boss delivers at least once: the same job again (a worker crashed before acknowledging it) sends nothing.
    const jobId = await bus.enqueue(MAIL_DELIVERY_JOB, { messageId: id });
    const state = async () => (await sql<{ state: string }>`SELECT state FROM pgboss.job WHERE id = ${jobId}`.execute(database.db)).rows[0]?.state;
    expect(await eventually(state, (value) => value === 'completed')).toBe('completed');
    expect(transport.deliveredTo('committed@example.com')).toHaveLength(1);
  });

  it('sends a text-only mail without an HTML part', async () => {
    const { id } = await inTransaction(database.db, (trx) => queueMail(trx, bus, mail('text-only@example.com', { html: undefined })));
    await eventually(() => getMail(database.db, id), (found) => found?.status === 'sent');
    expect(transport.deliveredTo('text-only@example.com')).toEqual([expect.not.objectContaining({ html: expect.anything() })]);
    expect((await getMail(database.db, id))?.html).toBeNull();
  });

  it('retries a failing transport with backoff and ends sent, counting the failed attempts', async () => {
    transport.failNext('flaky@example.com', 2);
    const { id } = await inTransaction(database.db, (trx) => queueMail(trx, bus, mail('flaky@example.com')));
    const settled = await eventually(() => getMail(database.db, id), (found) => found?.status === 'sent', 25_000);
    expect(settled).toMatchObject({ status: 'sent', attempts: 2 });
    expect(transport.calls.filter((to) => to === 'flaky@example.com')).toHaveLength(3);
    expect(transport.deliveredTo('flaky@example.com')).toHaveLength(1);
    // The last failure is kept for the mailbox page: one line, without the relay's password.
    expect(settled?.lastError).toBe('421 4.3.0 try again later (relay smtp://***@smtp.example.com is busy)');
  }, 40_000);

  it('marks a message failed once its attempts reach the retry limit, and then stops trying', async () => {
    const { id } = await mailDb(database.db)
      .insertInto('message')
      .values({ recipient: 'bounces@example.com', subject: 'Welcome', text_body: 'Hello', html_body: null, template: 'user.welcome' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const broken = new RecordingTransport();
    broken.failNext('bounces@example.com', Number.POSITIVE_INFINITY);
    const job = mailDeliveryJob(broken, FROM);
    expect(job).toMatchObject({ name: 'mail.deliver', retryLimit: 8 });

    for (let attempt = 1; attempt < 8; attempt++) {
      await expect(job.handle({ messageId: id }, context())).rejects.toThrow(`delivery attempt ${attempt} failed`);
      expect(await getMail(database.db, id)).toMatchObject({ status: 'queued', attempts: attempt });
    }
    await job.handle({ messageId: id }, context());
    expect(await getMail(database.db, id)).toMatchObject({ status: 'failed', attempts: 8, deliveredAt: null });
    await job.handle({ messageId: id }, context());
    expect(broken.calls).toHaveLength(8);
  });

  it('skips a job whose message does not exist', async () => {
    const idle = new RecordingTransport();
    const job = mailDeliveryJob(idle, FROM);
    await expect(job.handle({ messageId: randomUUID() }, context())).resolves.toBeUndefined();
    await expect(job.handle({ messageId: 'not-a-uuid' }, context())).resolves.toBeUndefined();
    expect(idle.calls).toEqual([]);
  });

  it('refuses to queue a mail when the delivery queue does not exist, failing the transaction', async () => {
    const empty = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, mailMigrationSet]);
    const unregistered = await EventBus.start({ pool: empty.pool, source: 'test', schedule: false, supervise: false });
    try {
      await expect(inTransaction(empty.db, (trx) => queueMail(trx, unregistered, mail('nowhere@example.com')))).rejects.toThrow(/queue "mail.deliver" does not exist/);
      const rows = await sql<{ count: number }>`SELECT count(*)::int AS count FROM mail.message`.execute(empty.db);
      expect(rows.rows[0]?.count).toBe(0);
    } finally {
      await unregistered.stop();
      await empty.destroy();
    }
  });
});
