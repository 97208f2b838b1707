import { inject } from 'vitest';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { insertAccount } from './account.repository';
import { addAddress, type AddressValues, deleteAddress, listAddresses, MAX_ADDRESSES_PER_USER, setDefaultAddress, updateAddress } from './address.repository';
import { userMigrationSet } from './user.migrations';

const home: AddressValues = { kind: 'shipping', firstName: 'Ada', lastName: 'Lovelace', line1: '1 Main St', city: 'Springfield', region: 'IL', postalCode: '62701', countryCode: 'US' };

describe('address book', () => {
  let database: TestDatabase;
  let userId: string;
  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [userMigrationSet]);
  });
  afterAll(() => database?.destroy());
  beforeEach(async () => {
    userId = (await insertAccount(database.db, { email: `u${Math.random().toString(36).slice(2)}@example.com`, passwordHash: 'x' }))!.id;
  });
  const add = (values: AddressValues) => inTransaction(database.db, (trx) => addAddress(trx, userId, values));
  const defaults = async () => (await listAddresses(database.db, userId)).filter((address) => address.isDefault).map((address) => `${address.kind}:${address.line1}`);

  it('makes the first address of each kind the default, and moves the default on request', async () => {
    await add(home);
    const work = await add({ ...home, line1: '2 Office Rd' });
    await add({ ...home, kind: 'billing', line1: '3 Bank St' });
    expect(await defaults()).toEqual(['billing:3 Bank St', 'shipping:1 Main St']);
    await inTransaction(database.db, (trx) => setDefaultAddress(trx, userId, work!.id));
    expect(await defaults()).toEqual(['billing:3 Bank St', 'shipping:2 Office Rd']);
  });

  it('hands the default to the oldest remaining address when the default is deleted or changes kind', async () => {
    const first = await add(home);
    await add({ ...home, line1: '2 Office Rd' });
    await add({ ...home, line1: '4 Lake Ave' });
    await inTransaction(database.db, (trx) => deleteAddress(trx, userId, first!.id));
    expect(await defaults()).toEqual(['shipping:2 Office Rd']);
    const office = (await listAddresses(database.db, userId)).find((address) => address.line1 === '2 Office Rd')!;
    await inTransaction(database.db, (trx) => updateAddress(trx, userId, office.id, { ...home, line1: '2 Office Rd', kind: 'billing' }));
    expect(await defaults()).toEqual(['billing:2 Office Rd', 'shipping:4 Lake Ave']);
  });

  it('keeps one default per kind when many requests race', async () => {
    const created = await Promise.all(Array.from({ length: 8 }, (_, index) => add({ ...home, line1: `${index} Race St`, isDefault: true })));
    expect(created.every(Boolean)).toBe(true);
    expect(await defaults()).toHaveLength(1);
  });

  it("refuses another user's address and a book past its limit", async () => {
    const mine = await add(home);
    const other = (await insertAccount(database.db, { email: `o${Math.random().toString(36).slice(2)}@example.com`, passwordHash: 'x' }))!.id;
    expect(await inTransaction(database.db, (trx) => updateAddress(trx, other, mine!.id, home))).toBeNull();
    expect(await inTransaction(database.db, (trx) => deleteAddress(trx, other, mine!.id))).toBe(false);
    for (let index = 1; index < MAX_ADDRESSES_PER_USER; index++) await add({ ...home, line1: `${index} Full St` });
    expect(await add(home)).toBeNull();
  });
});
