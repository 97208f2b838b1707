import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { cartMigrationSet } from './cart.migrations';
import { createTaxClass, listTaxClasses } from './tax-classes';

describe('tax classes', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [cartMigrationSet]);
  });
  afterAll(() => database.destroy());

  it('creates classes and lists them by code', async () => {
    expect(await createTaxClass(database.db, { code: 'standard', name: 'Standard rate' })).toEqual({ ok: true, value: { code: 'standard', name: 'Standard rate' } });
    await createTaxClass(database.db, { code: 'books', name: 'Books' });
    expect(await listTaxClasses(database.db)).toEqual([
      { code: 'books', name: 'Books' },
      { code: 'standard', name: 'Standard rate' },
    ]);
  });

  it('refuses a code already taken', async () => {
    await createTaxClass(database.db, { code: 'food', name: 'Food' });
    expect(await createTaxClass(database.db, { code: 'food', name: 'Groceries' })).toEqual({ ok: false, error: { type: 'TaxClassTaken', code: 'food' } });
    expect((await listTaxClasses(database.db)).find((taxClass) => taxClass.code === 'food')?.name).toBe('Food');
  });
});
