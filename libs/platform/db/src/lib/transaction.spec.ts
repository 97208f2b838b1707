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

  it('fails the transaction, not the process, when the server ends its connection while the process works', async () => {
    const attempt = inTransaction(
      database.db,
      async (trx) => {
        const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(trx);
        // Another connection ends this one while it sits idle in the transaction, as a dying server would.
        await database.pool.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await sql`SELECT 1`.execute(trx);
      },
      { maxAttempts: 1 },
    );
    await expect(attempt).rejects.toThrow();
    // The pool replaced the broken connection.
    expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(database.db)).rows).toEqual([{ one: 1 }]);
  });

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
