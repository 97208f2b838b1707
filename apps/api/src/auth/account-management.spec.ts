import { sql } from 'kysely';
import { BrowserClient } from '../testing/browser-client';
import { latestMail } from '../testing/mailbox';
import { startTestApi, type TestApi } from '../testing/test-api';

const PASSWORD = 'correct horse battery';
const ADDRESS = { kind: 'shipping', firstName: 'Ada', lastName: 'Lovelace', line1: '10 Downing Street', city: 'London', postalCode: 'sw1a 2aa', countryCode: 'gb' };

describe("managing one's own account", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO_DATA: 'false' });
  });
  afterAll(async () => {
    await api?.close();
  });

  async function customer(email: string): Promise<BrowserClient> {
    const client = new BrowserClient(api.url);
    await client.ok(client.mutate('user.auth.register', { email, password: PASSWORD }));
    await client.ok(client.mutate('user.auth.verifyEmail', { token: (await latestMail(api.database.db, email, 'user.email-verification')).token }));
    await client.ok(client.mutate('user.auth.login', { email, password: PASSWORD }));
    return client;
  }
  async function anotherDevice(email: string, password = PASSWORD): Promise<BrowserClient> {
    const client = new BrowserClient(api.url, { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Version/18.0 Mobile/15E148 Safari/604.1' });
    await client.ok(client.mutate('user.auth.login', { email, password }));
    return client;
  }

  it('updates the profile and normalises what it keeps', async () => {
    const client = await customer('profile@example.com');
    const updated = await client.ok(client.mutate<{ name: string; phone: string; marketingConsent: boolean }>('user.account.updateProfile', { name: ' Ada ', phone: '+44 20 7946 0000', marketingConsent: true }));
    expect(updated).toMatchObject({ name: 'Ada', phone: '+44 20 7946 0000', marketingConsent: true });
    expect(await client.ok(client.query('user.account.profile'))).toMatchObject({ email: 'profile@example.com', name: 'Ada', marketingConsent: true });
  });

  it('changes the password after checking the current one, ending every other session but this one', async () => {
    const laptop = await customer('changer@example.com');
    const phone = await anotherDevice('changer@example.com');
    const sessions = await laptop.ok(laptop.query<Array<{ current: boolean; device: string }>>('user.account.sessions'));
    expect(sessions.map((session) => [session.current, session.device]).sort()).toEqual([
      [false, 'Safari 18 on iOS'],
      [true, 'Chrome 156 on Linux'],
    ]);

    const wrong = await laptop.mutate('user.account.changePassword', { currentPassword: 'not it at all', newPassword: 'a better secret' });
    expect(wrong.ok ? null : wrong.error.fieldErrors).toEqual([{ path: 'currentPassword', message: 'This is not your current password' }]);
    const same = await laptop.mutate('user.account.changePassword', { currentPassword: PASSWORD, newPassword: 'changer@example.com' });
    expect(same.ok ? null : same.error.fieldErrors?.[0]?.path).toBe('newPassword');

    expect(await laptop.ok(laptop.mutate('user.account.changePassword', { currentPassword: PASSWORD, newPassword: 'a better secret' }))).toMatchObject({ otherSessionsEnded: 1 });
    expect(await phone.ok(phone.query('user.me'))).toBeNull();
    expect(await laptop.ok(laptop.query('user.me'))).toMatchObject({ email: 'changer@example.com' });
    await anotherDevice('changer@example.com', 'a better secret');
    expect((await latestMail(api.database.db, 'changer@example.com', 'user.password-changed')).text).toContain('changed');
  });

  it('signs out of all other sessions on request', async () => {
    const laptop = await customer('others@example.com');
    const phone = await anotherDevice('others@example.com');
    const tablet = await anotherDevice('others@example.com');
    expect(await laptop.ok(laptop.mutate('user.account.revokeOtherSessions'))).toEqual({ ended: 2 });
    expect(await phone.ok(phone.query('user.me'))).toBeNull();
    expect(await tablet.ok(tablet.query('user.me'))).toBeNull();
    expect(await laptop.ok(laptop.query('user.me'))).not.toBeNull();
  });

  it('keeps an address book with normalised, country-checked addresses', async () => {
    const client = await customer('addresses@example.com');
    const saved = await client.ok(client.mutate<{ id: string; postalCode: string; countryCode: string; isDefault: boolean }>('user.addresses.add', ADDRESS));
    expect(saved).toMatchObject({ postalCode: 'SW1A 2AA', countryCode: 'GB', isDefault: true });
    const billing = await client.ok(client.mutate<{ id: string }>('user.addresses.add', { ...ADDRESS, kind: 'billing', line1: '1 Bank Lane' }));
    const second = await client.ok(client.mutate<{ id: string; isDefault: boolean }>('user.addresses.add', { ...ADDRESS, line1: '221B Baker Street', postalCode: 'NW1 6XE' }));
    expect(second.isDefault).toBe(false);
    await client.ok(client.mutate('user.addresses.setDefault', { id: second.id }));
    await client.ok(client.mutate('user.addresses.update', { id: billing.id, address: { ...ADDRESS, kind: 'billing', line1: '2 Bank Lane' } }));
    const book = await client.ok(client.query<Array<{ kind: string; line1: string; isDefault: boolean }>>('user.addresses.list'));
    expect(book.map((address) => [address.kind, address.line1, address.isDefault])).toEqual([
      ['billing', '2 Bank Lane', true],
      ['shipping', '221B Baker Street', true],
      ['shipping', '10 Downing Street', false],
    ]);
  });

  it('deletes the account: personal data erased, sessions ended, the address free to register again', async () => {
    const client = await customer('leaving@example.com');
    await client.ok(client.mutate('user.account.updateProfile', { name: 'Leaving Soon', phone: '+1 555 0100' }));
    await client.ok(client.mutate('user.addresses.add', ADDRESS));
    const phone = await anotherDevice('leaving@example.com');
    const id = (await client.ok(client.query<{ id: string }>('user.me'))).id;

    const unconfirmed = await client.mutate('user.account.delete', { password: PASSWORD, confirm: 'delete' });
    expect(unconfirmed.ok ? null : unconfirmed.error.fieldErrors?.[0]?.path).toBe('confirm');
    const wrong = await client.mutate('user.account.delete', { password: 'not my password', confirm: 'DELETE' });
    expect(wrong.ok ? null : wrong.error.fieldErrors?.[0]?.path).toBe('password');

    expect(await client.ok(client.mutate('user.account.delete', { password: PASSWORD, confirm: 'DELETE' }))).toEqual({ deleted: true });
    expect(client.cookies.size).toBe(0);
    expect(await phone.ok(phone.query('user.me'))).toBeNull();
    const row = await sql<Record<string, unknown>>`SELECT email, name, phone, password_hash, status FROM users.account WHERE id = ${id}`.execute(api.database.db);
    expect(row.rows[0]).toEqual({ email: `deleted-${id}@deleted.invalid`, name: null, phone: null, password_hash: null, status: 'deleted' });
    const leftovers = await sql`SELECT 1 FROM users.address WHERE user_id = ${id} UNION ALL SELECT 1 FROM users.session WHERE user_id = ${id}`.execute(api.database.db);
    expect(leftovers.rows).toHaveLength(0);
    const signIn = await new BrowserClient(api.url).mutate('user.auth.login', { email: 'leaving@example.com', password: PASSWORD });
    expect(signIn.ok ? null : signIn.error.reason).toBe('invalid_credentials');
    await customer('leaving@example.com');
  });
});
