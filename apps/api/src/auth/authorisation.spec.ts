import { sql } from 'kysely';
import { BrowserClient } from '../testing/browser-client';
import { latestMail } from '../testing/mailbox';
import { startTestApi, type TestApi } from '../testing/test-api';

const PASSWORD = 'correct horse battery';
const ADDRESS = { kind: 'shipping', firstName: 'Ada', lastName: 'Lovelace', line1: '1 Main Street', city: 'Springfield', region: 'IL', postalCode: '62701', countryCode: 'US' };

describe('who may do what', () => {
  let api: TestApi;
  let alice: BrowserClient;
  let bob: BrowserClient;
  let admin: BrowserClient;

  async function customer(email: string): Promise<BrowserClient> {
    const client = new BrowserClient(api.url);
    await client.ok(client.mutate('user.auth.register', { email, password: PASSWORD }));
    await client.ok(client.mutate('user.auth.verifyEmail', { token: (await latestMail(api.database.db, email, 'user.email-verification')).token }));
    await client.ok(client.mutate('user.auth.login', { email, password: PASSWORD }));
    return client;
  }

  beforeAll(async () => {
    api = await startTestApi();
    alice = await customer('alice@example.com');
    bob = await customer('bob@example.com');
    admin = new BrowserClient(api.url);
    await admin.ok(admin.mutate('user.auth.login', { email: 'admin@example.com', password: 'emporium-admin-demo' }));
  });
  afterAll(async () => {
    await api?.close();
  });

  it("answers NOT_FOUND for another customer's address and session, and leaves them alone", async () => {
    const bobs = await bob.ok(bob.mutate<{ id: string }>('user.addresses.add', ADDRESS));
    for (const [path, input] of [
      ['user.addresses.update', { id: bobs.id, address: { ...ADDRESS, city: 'Hijacked' } }],
      ['user.addresses.setDefault', { id: bobs.id }],
      ['user.addresses.remove', { id: bobs.id }],
    ] as const) {
      const result = await alice.mutate(path, input);
      expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
    }
    expect(await bob.ok(bob.query<Array<{ city: string }>>('user.addresses.list'))).toMatchObject([{ city: 'Springfield' }]);
    expect(await alice.ok(alice.query('user.addresses.list'))).toEqual([]);

    const bobSession = bob.cookies.get('emporium_session')!.split('.')[0];
    const revoke = await alice.mutate('user.account.revokeSession', { sessionId: bobSession });
    expect(revoke.ok ? null : revoke.error.code).toBe('NOT_FOUND');
    expect(await bob.ok(bob.query('user.me'))).toMatchObject({ email: 'bob@example.com' });
  });

  it('keeps customers and anonymous callers out of staff and admin procedures', async () => {
    const bobId = (await bob.ok(bob.query<{ id: string }>('user.me'))).id;
    for (const [client, code] of [
      [alice, 'FORBIDDEN'],
      [new BrowserClient(api.url), 'UNAUTHORIZED'],
    ] as const) {
      const list = await client.query('user.admin.customers.list', {});
      expect(list.ok ? null : list.error.code).toBe(code);
      const grant = await client.mutate('user.admin.customers.setRole', { userId: bobId, role: 'admin' });
      expect(grant.ok ? null : grant.error.code).toBe(code);
      const mailbox = await client.query('user.admin.mailbox.list', {});
      expect(mailbox.ok ? null : mailbox.error.code).toBe(code);
    }
    expect((await bob.ok(bob.query<{ role: string }>('user.me'))).role).toBe('customer');
  });

  it('refuses mass-assigned role and user id fields', async () => {
    const profile = await alice.mutate('user.account.updateProfile', { name: 'Alice', role: 'admin' });
    expect(profile.ok ? null : profile.error.code).toBe('BAD_REQUEST');
    const bobId = (await bob.ok(bob.query<{ id: string }>('user.me'))).id;
    const address = await alice.mutate('user.addresses.add', { ...ADDRESS, userId: bobId });
    expect(address.ok ? null : address.error.code).toBe('BAD_REQUEST');
    const register = await new BrowserClient(api.url).mutate('user.auth.register', { email: 'sneaky@example.com', password: PASSWORD, role: 'admin' });
    expect(register.ok ? null : register.error.code).toBe('BAD_REQUEST');
    const rows = await sql<{ role: string; name: string | null }>`SELECT role, name FROM users.account WHERE email IN ('alice@example.com', 'sneaky@example.com')`.execute(api.database.db);
    expect(rows.rows).toEqual([{ role: 'customer', name: null }]);
    expect(await bob.ok(bob.query('user.addresses.list'))).toHaveLength(1);
  });

  it('returns field errors for bad input and writes nothing', async () => {
    const longName = await alice.mutate('user.account.updateProfile', { name: 'x'.repeat(101) });
    expect(longName.ok ? null : longName.error.fieldErrors?.map((error) => error.path)).toEqual(['name']);
    const badEmail = await new BrowserClient(api.url).mutate('user.auth.register', { email: 'not-an-email', password: PASSWORD });
    expect(badEmail.ok ? null : badEmail.error.fieldErrors?.map((error) => error.path)).toEqual(['email']);
    const weak = await new BrowserClient(api.url).mutate('user.auth.register', { email: 'weak@example.com', password: 'password123' });
    expect(weak.ok ? null : weak.error.fieldErrors?.map((error) => error.path)).toEqual(['password']);

    const noState = await alice.mutate('user.addresses.add', { ...ADDRESS, region: undefined });
    expect(noState.ok ? null : noState.error.fieldErrors?.map((error) => error.path)).toContain('region');
    const badZip = await alice.mutate('user.addresses.add', { ...ADDRESS, postalCode: 'ABCDE' });
    expect(badZip.ok ? null : badZip.error.fieldErrors?.map((error) => error.path)).toContain('postalCode');
    const ukWithoutPostcode = await alice.mutate('user.addresses.add', { ...ADDRESS, countryCode: 'GB', region: null, postalCode: null });
    expect(ukWithoutPostcode.ok ? null : ukWithoutPostcode.error.fieldErrors?.map((error) => error.path)).toContain('postalCode');
    expect(await alice.ok(alice.query('user.addresses.list'))).toEqual([]);
    const accounts = await sql`SELECT 1 FROM users.account WHERE email IN ('not-an-email', 'weak@example.com')`.execute(api.database.db);
    expect(accounts.rows).toHaveLength(0);
  });

  it('lets admins grant and revoke roles, never their own, never the last admin', async () => {
    const bobId = (await bob.ok(bob.query<{ id: string }>('user.me'))).id;
    const adminId = (await admin.ok(admin.query<{ id: string }>('user.me'))).id;
    await admin.ok(admin.mutate('user.admin.customers.setRole', { userId: bobId, role: 'staff' }));
    const found = await bob.ok(bob.query<{ items: Array<{ email: string }> }>('user.admin.customers.list', { query: 'alice' }));
    expect(found.items.map((item) => item.email)).toEqual(['alice@example.com']);
    const staffGrant = await bob.mutate('user.admin.customers.setRole', { userId: bobId, role: 'admin' });
    expect(staffGrant.ok ? null : staffGrant.error.code).toBe('FORBIDDEN');

    const own = await admin.mutate('user.admin.customers.setRole', { userId: adminId, role: 'customer' });
    expect(own.ok ? null : own.error.reason).toBe('own_role');

    // Bob becomes an admin and demotes the demo admin; then Bob is the last admin and cannot be demoted.
    await admin.ok(admin.mutate('user.admin.customers.setRole', { userId: bobId, role: 'admin' }));
    await bob.ok(bob.mutate('user.admin.customers.setRole', { userId: adminId, role: 'staff' }));
    const last = await admin.mutate('user.admin.customers.setRole', { userId: bobId, role: 'customer' });
    expect(last.ok ? null : last.error.code).toBe('FORBIDDEN'); // the demo admin is staff now
    const admins = await sql`SELECT email FROM users.account WHERE role = 'admin'`.execute(api.database.db);
    expect(admins.rows).toEqual([{ email: 'bob@example.com' }]);
  });
});
