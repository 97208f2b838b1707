import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { pino } from 'pino';
import { inject } from 'vitest';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { EventBus, eventsMigrationSet, type JobDefinition, startWorker } from '@emporium/platform-events';
import { mailDeliveryJob } from './delivery.job';
import { mailMigrationSet } from './mail.migrations';
import { mailDb } from './mail.tables';
import { getMail, listMail, type MailSummary } from './mailbox';
import { queueMail } from './outbox';
import { createMailTransport } from './transport';

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the development mailbox', () => {
  let database: TestDatabase;
  let bus: EventBus;

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, mailMigrationSet], { poolMax: 10 });
    bus = await EventBus.start({ pool: database.pool, source: 'test', schedule: false, supervise: false });
    const transport = createMailTransport({ from: 'shop@emporium.test' });
    await startWorker({ bus, handlers: [], jobs: [mailDeliveryJob(transport, 'shop@emporium.test') as JobDefinition], context: { db: database.db, logger: pino({ level: 'silent' }) } });
  });
  afterAll(async () => {
    await bus.stop();
    await database.destroy();
  });

  /** Every page of a listing, following its cursors. */
  async function allPages(limit: number, recipient?: string): Promise<{ items: MailSummary[]; pages: number }> {
    const items: MailSummary[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listMail(database.db, { limit, cursor, recipient });
      items.push(...page.items);
      pages++;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return { items, pages };
  }

  it('keeps queued messages for reading instead of sending them, newest first, page by page', async () => {
    const ids: string[] = [];
    for (const name of ['Ada.Lovelace', 'grace.hopper', 'ADA.byron', 'alan.turing', 'ada_k']) {
      // One transaction each, so creation times differ and "newest first" is observable.
      const { id } = await inTransaction(database.db, (trx) =>
        queueMail(trx, bus, {
          to: `${name}@Mailbox.Example`,
          subject: `Welcome, ${name}`,
          text: `Hello ${name}`,
          html: `<p>Hello ${name}</p>`,
          template: 'user.welcome',
        }),
      );
      ids.push(id);
    }
    const statuses = () => Promise.all(ids.map(async (id) => (await getMail(database.db, id))?.status));
    expect(await eventually(statuses, (found) => found.every((status) => status === 'kept'))).toEqual(ids.map(() => 'kept'));

    const newestFirst = [...ids].reverse();
    const all = await allPages(2, 'mailbox.example');
    expect(all.items.map((item) => item.id)).toEqual(newestFirst);
    expect(all.pages).toBe(3);
    expect(all.items[0]).toEqual({
      id: ids[4],
      to: 'ada_k@Mailbox.Example',
      subject: 'Welcome, ada_k',
      template: 'user.welcome',
      status: 'kept',
      createdAt: expect.any(Date),
    });

    // Case-insensitive "contains"; `_` is a character to find, not a wildcard.
    expect((await allPages(10, 'ADA')).items.map((item) => item.to)).toEqual(['ada_k@Mailbox.Example', 'ADA.byron@Mailbox.Example', 'Ada.Lovelace@Mailbox.Example']);
    expect((await allPages(10, 'a_k@')).items.map((item) => item.id)).toEqual([ids[4]]);
    expect((await allPages(10, 'a%')).items).toEqual([]);
    const [latest] = (await listMail(database.db, { limit: 1, recipient: 'MAILBOX.example' })).items;
    expect(latest?.id).toBe(ids[4]);
  });

  it('shows one message in full, and nothing for an unknown id', async () => {
    const { id } = await inTransaction(database.db, (trx) =>
      queueMail(trx, bus, { to: 'detail@example.com', subject: 'Your order', text: 'Thanks!', html: '<b>Thanks!</b>', template: 'order.confirmation' }),
    );
    const kept = await eventually(() => getMail(database.db, id), (found) => found?.status === 'kept');
    expect(kept).toEqual({
      id,
      to: 'detail@example.com',
      subject: 'Your order',
      template: 'order.confirmation',
      status: 'kept',
      createdAt: expect.any(Date),
      text: 'Thanks!',
      html: '<b>Thanks!</b>',
      attempts: 0,
      lastError: null,
      deliveredAt: null,
    });
    expect(await getMail(database.db, randomUUID())).toBeNull();
    expect(await getMail(database.db, 'not-a-uuid')).toBeNull();
  });

  it('pages correctly through messages created within the same millisecond or transaction', async () => {
    // PostgreSQL keeps microseconds; a cursor rounded to JavaScript's milliseconds would skip or repeat rows.
    const at = ['2030-01-01T00:00:00.000300Z', '2030-01-01T00:00:00.000200Z', '2030-01-01T00:00:00.000200Z', '2030-01-01T00:00:00.000100Z'];
    const ids: string[] = [];
    for (const createdAt of at) {
      const { id } = await mailDb(database.db)
        .insertInto('message')
        .values({ recipient: 'same-ms@example.com', subject: 's', text_body: 't', html_body: null, template: 'test.same-ms' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await sql`UPDATE mail.message SET created_at = ${createdAt}::timestamptz WHERE id = ${id}`.execute(database.db);
      ids.push(id);
    }
    const tied = [ids[1]!, ids[2]!].sort().reverse();
    const expected = [ids[0], ...tied, ids[3]];
    expect((await allPages(1, 'same-ms@')).items.map((item) => item.id)).toEqual(expected);
    expect((await allPages(3, 'same-ms@')).items.map((item) => item.id)).toEqual(expected);
  });

  it('refuses a cursor it did not produce and a limit out of range', async () => {
    await expect(listMail(database.db, { limit: 10, cursor: 'bm90LWEtY3Vyc29y' })).rejects.toThrow(RangeError);
    await expect(listMail(database.db, { limit: 10, cursor: '' })).rejects.toThrow(RangeError);
    await expect(listMail(database.db, { limit: 0 })).rejects.toThrow(RangeError);
    await expect(listMail(database.db, { limit: 101 })).rejects.toThrow(RangeError);
  });
});
