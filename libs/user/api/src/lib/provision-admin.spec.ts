import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { findCredentialsByEmail, insertAccount, userMigrationSet, verifyPassword } from '@emporium/user-data-access';
import { provisionAdmin } from './provision-admin';

describe('provisionAdmin (the create-admin command)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [userMigrationSet]);
  });
  afterAll(() => database?.destroy());

  it('creates a verified admin with the given password', async () => {
    const result = await provisionAdmin(database.db, { email: ' Owner@Shop.Example ', password: 'a long owner password' });
    expect(result).toMatchObject({ ok: true, outcome: 'created', email: 'owner@shop.example' });
    const account = await findCredentialsByEmail(database.db, 'owner@shop.example');
    expect(account).toMatchObject({ role: 'admin', emailVerified: true });
    expect(await verifyPassword(account!.passwordHash!, 'a long owner password')).toBe(true);
    expect(await provisionAdmin(database.db, { email: 'owner@shop.example' })).toMatchObject({ ok: true, outcome: 'already_admin' });
  });

  it('promotes an existing account and keeps its password', async () => {
    await insertAccount(database.db, { email: 'clerk@shop.example', passwordHash: 'kept-hash' });
    expect(await provisionAdmin(database.db, { email: 'clerk@shop.example', password: 'ignored password here' })).toMatchObject({ ok: true, outcome: 'promoted' });
    expect(await findCredentialsByEmail(database.db, 'clerk@shop.example')).toMatchObject({ role: 'admin', passwordHash: 'kept-hash', emailVerified: true });
  });

  it('refuses a bad e-mail, a missing password and a weak one, naming the field', async () => {
    expect(await provisionAdmin(database.db, { email: 'nope', password: 'a long owner password' })).toMatchObject({ ok: false, field: 'email' });
    expect(await provisionAdmin(database.db, { email: 'new@shop.example' })).toMatchObject({ ok: false, field: 'password' });
    expect(await provisionAdmin(database.db, { email: 'new@shop.example', password: 'password1' })).toMatchObject({ ok: false, field: 'password' });
    expect(await findCredentialsByEmail(database.db, 'new@shop.example')).toBeNull();
  });
});
