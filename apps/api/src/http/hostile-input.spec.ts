import { BrowserClient } from '../testing/browser-client';
import { startTestApi, type TestApi } from '../testing/test-api';

/** Input an attacker (or a broken client) sends: never a 500, always a typed 4xx or a normal answer. */
describe('hostile input', () => {
  let api: TestApi;
  let shopper: BrowserClient;

  beforeAll(async () => {
    api = await startTestApi();
    shopper = new BrowserClient(api.url);
    await shopper.ok(shopper.mutate('user.auth.login', { email: 'shopper@example.com', password: 'emporium-shopper-demo' }));
  });
  afterAll(async () => {
    await api?.close();
  });

  const status = (result: { ok: boolean; error?: { status: number } }) => (result.ok ? 200 : result.error!.status);

  it('refuses text PostgreSQL cannot store (NUL characters) with a field error, not a 500', async () => {
    const profile = await shopper.mutate('user.account.updateProfile', { name: 'Ada\u0000Lovelace' });
    expect(profile.ok ? null : profile.error).toMatchObject({ status: 400, fieldErrors: [{ path: 'name' }] });
    const register = await new BrowserClient(api.url).mutate('user.auth.register', { email: 'nul\u0000@example.com', password: 'long enough pass' });
    expect(status(register)).toBe(400);
    const login = await new BrowserClient(api.url).mutate('user.auth.login', { email: 'shopper@example.com', password: 'x\u0000y' });
    expect([400, 401]).toContain(status(login));
    const search = await shopper.query('catalog.products.search', { q: 'shirt\u0000' });
    expect([200, 400]).toContain(status(search));
    const address = await shopper.mutate('user.addresses.add', { kind: 'shipping', firstName: 'A\u0000', lastName: 'B', line1: '1 St', city: 'X', postalCode: '62701', region: 'IL', countryCode: 'US' });
    expect(status(address)).toBe(400);
  });

  it('signs in, resets and registers with the longest e-mail the rules allow, without tripping a storage limit', async () => {
    const longest = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`;
    expect(longest).toHaveLength(254);
    const client = new BrowserClient(api.url);
    expect(status(await client.mutate('user.auth.login', { email: longest, password: 'wrong password' }))).toBe(401);
    expect(status(await client.mutate('user.auth.requestPasswordReset', { email: longest }))).toBe(200);
    expect(status(await client.mutate('user.auth.register', { email: longest, password: 'long enough pass' }))).toBe(200);
    expect(status(await client.mutate('user.auth.login', { email: `${'a'.repeat(300)}@example.com`, password: 'x' }))).toBe(400);
  });

  it('answers malformed JSON, wrong types and lone surrogates with 400', async () => {
    const broken = await shopper.mutate('user.account.updateProfile', undefined, { body: '{"name": ' });
    expect(status(broken)).toBe(400);
    const wrongType = await shopper.mutate('user.account.updateProfile', { name: { $ne: null } });
    expect(status(wrongType)).toBe(400);
    const surrogate = await shopper.mutate('user.account.updateProfile', { name: 'bad \ud800 text' });
    expect([200, 400]).toContain(status(surrogate));
    const proto = await shopper.mutate('user.account.updateProfile', JSON.parse('{"__proto__": {"role": "admin"}, "name": "Proto"}'));
    expect([200, 400]).toContain(status(proto));
    expect((await shopper.ok(shopper.query<{ role: string }>('user.me'))).role).toBe('customer');
  });
});
