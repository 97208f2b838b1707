import { type Kysely, sql } from 'kysely';
import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing';
import { inTransaction } from './transaction';

const counterSchema = {
  schema: 'test_counter',
  migrations: {
    '0001': {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      async up(db: Kysely<any>) {
        await sql`CREATE TABLE test_counter.counter (id int PRIMARY KEY, value int NOT NULL)`.execute(db);
        await sql`INSERT INTO test_counter.counter VALUES (1, 0)`.execute(db);
      },
    },
  },
};

describe('inTransaction', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [counterSchema], { poolMax: 10 });
  });
  afterAll(() => database.destroy());

  it('retries serialization failures until every concurrent increment lands exactly once', async () => {
    let retries = 0;
    const increment = () =>
      inTransaction(
        database.db,
        async (trx) => {
          const row = await sql<{ value: number }>`SELECT value FROM test_counter.counter WHERE id = 1`.execute(trx);
          await sql`UPDATE test_counter.counter SET value = ${(row.rows[0]?.value ?? 0) + 1} WHERE id = 1`.execute(trx);
        },
        { isolationLevel: 'serializable', maxAttempts: 50, onRetry: () => retries++ },
      );
    await Promise.all(Array.from({ length: 8 }, increment));
    const final = await sql<{ value: number }>`SELECT value FROM test_counter.counter WHERE id = 1`.execute(database.db);
    expect(final.rows[0]?.value).toBe(8);
    // Eight read-modify-write transactions at once on one row cannot all commit first time under SERIALIZABLE.
    expect(retries).toBeGreaterThan(0);
  });

  it('rolls back everything and rethrows on any other error', async () => {
    await expect(
      inTransaction(database.db, async (trx) => {
        await sql`UPDATE test_counter.counter SET value = 1000 WHERE id = 1`.execute(trx);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const row = await sql<{ value: number }>`SELECT value FROM test_counter.counter WHERE id = 1`.execute(database.db);
    expect(row.rows[0]?.value).not.toBe(1000);
  });

  it('gives up after maxAttempts and surfaces the serialization failure', async () => {
    const failing = inTransaction(
      database.db,
      async () => {
        throw Object.assign(new Error('could not serialize access'), { code: '40001' });
      },
      { maxAttempts: 3 },
    );
    await expect(failing).rejects.toMatchObject({ code: '40001' });
  });
});
