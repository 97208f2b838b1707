import { type Kysely, sql } from 'kysely';
import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing';
import { MigrationError, type MigrationSet, migrateToLatest, pendingMigrations } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const alpha: MigrationSet = {
  schema: 'alpha',
  migrations: { '0001-thing': { up: async (db: AnyDb) => void (await sql`CREATE TABLE alpha.thing (id int PRIMARY KEY)`.execute(db)) } },
};
const beta: MigrationSet = {
  schema: 'beta',
  migrations: { '0001-other': { up: async (db: AnyDb) => void (await sql`CREATE TABLE beta.other (id int PRIMARY KEY)`.execute(db)) } },
};

describe('migrations per schema', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), []);
  });
  afterEach(() => database.destroy());

  it('keeps a migration table in each schema and applies each migration once', async () => {
    expect(await pendingMigrations(database.db, [alpha, beta])).toEqual(['alpha/0001-thing', 'beta/0001-other']);
    const first = await migrateToLatest(database.db, [alpha, beta]);
    expect(first).toEqual([
      { schema: 'alpha', applied: ['0001-thing'] },
      { schema: 'beta', applied: ['0001-other'] },
    ]);
    expect(await migrateToLatest(database.db, [alpha, beta])).toEqual([
      { schema: 'alpha', applied: [] },
      { schema: 'beta', applied: [] },
    ]);
    const tables = await sql<{ table_schema: string }>`
      SELECT table_schema FROM information_schema.tables WHERE table_name = 'migration' ORDER BY table_schema`.execute(database.db);
    expect(tables.rows.map((row) => row.table_schema)).toEqual(['alpha', 'beta']);
    expect(await pendingMigrations(database.db, [alpha, beta])).toEqual([]);
  });

  it('is safe when several processes migrate at once', async () => {
    await Promise.all([migrateToLatest(database.db, [alpha]), migrateToLatest(database.db, [alpha]), migrateToLatest(database.db, [alpha])]);
    expect(await pendingMigrations(database.db, [alpha])).toEqual([]);
  });

  it('names the schema and migration that failed and leaves nothing half-applied', async () => {
    const broken: MigrationSet = {
      schema: 'gamma',
      migrations: {
        '0001-half': {
          up: async (db: AnyDb) => {
            await sql`CREATE TABLE gamma.half (id int)`.execute(db);
            await sql`SELECT no_such_function()`.execute(db);
          },
        },
      },
    };
    const attempt = migrateToLatest(database.db, [broken]);
    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(migrateToLatest(database.db, [broken])).rejects.toThrow(/gamma.*0001-half/);
    const exists = await sql<{ exists: boolean }>`SELECT to_regclass('gamma.half') IS NOT NULL AS exists`.execute(database.db);
    expect(exists.rows[0]?.exists).toBe(false);
  });
});
