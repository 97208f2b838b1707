import { sql } from 'kysely';
import { BrowserClient } from '../testing/browser-client';
import { startTestApi, type TestApi } from '../testing/test-api';

const ADMIN = { email: 'admin@example.com', password: 'emporium-admin-demo' };
const LOCKOUT_SECONDS = 8;

describe('abuse resistance', () => {
  let api: TestApi;

  beforeAll(async () => {
    // A lockout window short enough to wait out, long enough that the 50 tries (the first ones hash passwords, slow on
    // a loaded machine) all fall inside it.
    api = await startTestApi({ AUTH_LOCKOUT_SECONDS: String(LOCKOUT_SECONDS) });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('answers 429 with Retry-After well before the 50th wrong password, and lets the right one in after the window', async () => {
    const attacker = new BrowserClient(api.url);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let attempt = 1; attempt <= 50; attempt++) {
      const result = await attacker.mutate('user.auth.login', { email: ADMIN.email, password: `guess number ${attempt}` });
      statuses.push(result.ok ? 200 : result.error.status);
      if (!result.ok && result.error.status === 429) retryAfter ??= result.error.headers.get('retry-after');
    }
    const first429 = statuses.indexOf(429);
    expect(first429).toBeGreaterThan(0);
    expect(first429).toBeLessThan(49);
    expect(statuses.slice(first429).every((status) => status === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);

    // Locked out: even the right password waits (otherwise the lock would tell a guesser when they are right).
    const during = await attacker.mutate('user.auth.login', ADMIN);
    expect(during.ok ? 200 : during.error.status).toBe(429);

    await new Promise((resolve) => setTimeout(resolve, LOCKOUT_SECONDS * 1000 + 500));
    expect((await new BrowserClient(api.url).mutate('user.auth.login', ADMIN)).ok).toBe(true);
  });

  it('limits registrations and reset requests per address', async () => {
    const client = new BrowserClient(api.url);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      const result = await client.mutate('user.auth.requestPasswordReset', { email: 'flooded@example.com' });
      statuses.push(result.ok ? 200 : result.error.status);
    }
    expect(statuses.slice(0, 5).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(5).every((status) => status === 429)).toBe(true);
  });

  describe('cross-site request forgery', () => {
    async function signedInAdmin(): Promise<BrowserClient> {
      const client = new BrowserClient(api.url);
      await client.ok(client.mutate('user.auth.login', ADMIN));
      return client;
    }

    const attempts: Array<[string, (client: BrowserClient) => BrowserClient, { contentType?: string; body?: string }, number]> = [
      ['a foreign Origin', (client) => withOrigin(client, 'https://evil.example'), {}, 403],
      ['no Origin', (client) => withOrigin(client, null), {}, 403],
      ['a form-encoded body', (client) => client, { contentType: 'application/x-www-form-urlencoded', body: 'name=Mallory' }, 415],
      ['a text/plain body', (client) => client, { contentType: 'text/plain', body: '{"name":"Mallory"}' }, 415],
      ['a multipart body', (client) => client, { contentType: 'multipart/form-data; boundary=x', body: '--x--' }, 415],
    ];

    for (const [label, shape, init, status] of attempts) {
      it(`refuses a mutation with ${label} and changes nothing`, async () => {
        const victim = await signedInAdmin();
        const before = await victim.ok(victim.query<{ name: string | null }>('user.account.profile'));
        const result = await shape(victim).mutate('user.account.updateProfile', { name: 'Mallory' }, init);
        expect(result.ok ? 200 : result.error.status).toBe(status);
        expect((await victim.ok(victim.query<{ name: string | null }>('user.account.profile'))).name).toBe(before.name);
      });
    }

    it('refuses a forged registration too: no account appears', async () => {
      const forged = await withOrigin(new BrowserClient(api.url), 'https://evil.example').mutate('user.auth.register', { email: 'csrf@example.com', password: 'quite long password' });
      expect(forged.ok).toBe(false);
      const rows = await sql`SELECT 1 FROM users.account WHERE email = 'csrf@example.com'`.execute(api.database.db);
      expect(rows.rows).toHaveLength(0);
    });
  });
});

function withOrigin(client: BrowserClient, origin: string | null): BrowserClient {
  const copy = new BrowserClient(client.baseUrl, { origin });
  for (const [name, value] of client.cookies) copy.cookies.set(name, value);
  return copy;
}
