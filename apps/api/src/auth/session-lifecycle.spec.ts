import { createHash } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { sql } from 'kysely';
import { BrowserClient } from '../testing/browser-client';
import { latestMail, mailCount } from '../testing/mailbox';
import { startTestApi, type TestApi } from '../testing/test-api';

const PASSWORD = 'correct horse battery';

describe('accounts and sessions over HTTP, with cookies as a browser keeps them', () => {
  let api: TestApi;
  const browser = () => new BrowserClient(api.url);

  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO_DATA: 'false' });
  });
  afterAll(async () => {
    await api?.close();
  });

  async function registerVerified(email: string, password = PASSWORD): Promise<void> {
    const client = browser();
    await client.ok(client.mutate('user.auth.register', { email, password }));
    const { token } = await latestMail(api.database.db, email, 'user.email-verification');
    await client.ok(client.mutate('user.auth.verifyEmail', { token }));
  }

  async function signedIn(email: string, password = PASSWORD): Promise<BrowserClient> {
    const client = browser();
    await client.ok(client.mutate('user.auth.login', { email, password }));
    return client;
  }

  it('registers, verifies by the e-mailed link, signs in and out', async () => {
    const client = browser();
    const registered = await client.mutate('user.auth.register', { email: '  Ada.Lovelace@Example.COM ', password: PASSWORD, name: 'Ada' });
    expect(registered.ok && registered.data).toMatchObject({ status: 'check_inbox' });
    expect(client.cookies.size).toBe(0);

    const early = await client.mutate('user.auth.login', { email: 'ada.lovelace@example.com', password: PASSWORD });
    expect(early.ok ? null : early.error).toMatchObject({ status: 403, reason: 'email_not_verified' });

    const mail = await latestMail(api.database.db, 'ada.lovelace@example.com', 'user.email-verification');
    expect(mail.text).toContain(`${api.url}/account/verify#token=`);
    expect(await client.ok(client.mutate('user.auth.verifyEmail', { token: mail.token }))).toEqual({ verified: true });
    const again = await client.mutate('user.auth.verifyEmail', { token: mail.token });
    expect(again.ok ? null : again.error).toMatchObject({ status: 400, reason: 'invalid_token' });

    const login = await client.mutate('user.auth.login', { email: 'ADA.LOVELACE@example.com', password: PASSWORD });
    expect(login.ok).toBe(true);
    const setCookie = login.ok ? login.headers.getSetCookie()[0]! : '';
    expect(setCookie).toMatch(/^emporium_session=[a-z0-9]{24}\.[a-z0-9]{32}; HttpOnly; SameSite=Lax; Path=\/; Max-Age=2592000/);
    expect(setCookie).not.toContain('Secure'); // plain-http localhost only

    expect(await client.ok(client.query('user.me'))).toMatchObject({ email: 'ada.lovelace@example.com', role: 'customer', name: 'Ada', emailVerified: true });
    const token = client.cookies.get('emporium_session')!;

    await client.ok(client.mutate('user.auth.logout'));
    expect(client.cookies.size).toBe(0);
    expect(await client.ok(client.query('user.me'))).toBeNull();
    const replay = new BrowserClient(api.url);
    replay.cookies.set('emporium_session', token);
    expect(await replay.ok(replay.query('user.me'))).toBeNull();
  });

  it('resets a forgotten password: the old one fails, the new one works, every session ends, the link works once', async () => {
    await registerVerified('grace@example.com');
    const laptop = await signedIn('grace@example.com');
    const phone = await signedIn('grace@example.com');

    const stranger = browser();
    await stranger.ok(stranger.mutate('user.auth.requestPasswordReset', { email: 'grace@example.com' }));
    const { token } = await latestMail(api.database.db, 'grace@example.com', 'user.password-reset');
    await stranger.ok(stranger.mutate('user.auth.resetPassword', { token, password: 'a brand new secret' }));

    expect(await laptop.ok(laptop.query('user.me'))).toBeNull();
    expect(await phone.ok(phone.query('user.me'))).toBeNull();
    const old = await browser().mutate('user.auth.login', { email: 'grace@example.com', password: PASSWORD });
    expect(old.ok ? null : old.error).toMatchObject({ status: 401, reason: 'invalid_credentials' });
    expect((await browser().mutate('user.auth.login', { email: 'grace@example.com', password: 'a brand new secret' })).ok).toBe(true);

    const reused = await stranger.mutate('user.auth.resetPassword', { token, password: 'yet another secret' });
    expect(reused.ok ? null : reused.error).toMatchObject({ status: 400, reason: 'invalid_token' });
    expect((await latestMail(api.database.db, 'grace@example.com', 'user.password-changed')).text).toContain('password');
  });

  it('refuses an expired reset link', async () => {
    await registerVerified('linus@example.com');
    const client = browser();
    await client.ok(client.mutate('user.auth.requestPasswordReset', { email: 'linus@example.com' }));
    const { token } = await latestMail(api.database.db, 'linus@example.com', 'user.password-reset');
    await sql`UPDATE users.auth_token SET expires_at = now() - interval '1 second' WHERE kind = 'password_reset' AND email = 'linus@example.com'`.execute(api.database.db);
    const late = await client.mutate('user.auth.resetPassword', { token, password: 'a brand new secret' });
    expect(late.ok ? null : late.error).toMatchObject({ status: 400, reason: 'invalid_token' });
    expect((await browser().mutate('user.auth.login', { email: 'linus@example.com', password: PASSWORD })).ok).toBe(true);
  });

  it('keeps neither the session token nor the password in clear, and the token carries at least 120 random bits', async () => {
    await registerVerified('barbara@example.com');
    const client = await signedIn('barbara@example.com');
    const token = client.cookies.get('emporium_session')!;
    const [id, secret] = token.split('.') as [string, string];
    // 32 symbols of a 32-letter alphabet: 5 bits each, 160 bits of secret (and 120 more in the id).
    expect(secret).toMatch(/^[a-km-z2-9]{32}$/);

    const session = await sql<{ id: string; secret_hash: Buffer }>`SELECT id, secret_hash FROM users.session WHERE id = ${id}`.execute(api.database.db);
    expect(session.rows[0]!.secret_hash.equals(createHash('sha256').update(secret).digest())).toBe(true);
    const dump = await sql<{ dump: string }>`SELECT string_agg(s::text, ' ') AS dump FROM users.session s`.execute(api.database.db);
    expect(dump.rows[0]!.dump).not.toContain(secret);

    const account = await sql<{ password_hash: string }>`SELECT password_hash FROM users.account WHERE email = 'barbara@example.com'`.execute(api.database.db);
    expect(account.rows[0]!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(account.rows[0]!.password_hash).not.toContain(PASSWORD);
  });

  it('re-hashes a password made with older parameters at the next successful sign-in', async () => {
    await registerVerified('ada.rehash@example.com');
    const weaker = await hash(PASSWORD, { memoryCost: 4_096, timeCost: 1, parallelism: 1 });
    await sql`UPDATE users.account SET password_hash = ${weaker} WHERE email = 'ada.rehash@example.com'`.execute(api.database.db);
    await signedIn('ada.rehash@example.com');
    const row = await sql<{ password_hash: string }>`SELECT password_hash FROM users.account WHERE email = 'ada.rehash@example.com'`.execute(api.database.db);
    expect(row.rows[0]!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await signedIn('ada.rehash@example.com');
  });

  it('starts a new session on every sign-in and ends the one the browser had', async () => {
    await registerVerified('edsger@example.com');
    const client = await signedIn('edsger@example.com');
    const first = client.cookies.get('emporium_session')!;
    await client.ok(client.mutate('user.auth.login', { email: 'edsger@example.com', password: PASSWORD }));
    const second = client.cookies.get('emporium_session')!;
    expect(second.split('.')[0]).not.toBe(first.split('.')[0]);
    const planted = new BrowserClient(api.url);
    planted.cookies.set('emporium_session', first);
    expect(await planted.ok(planted.query('user.me'))).toBeNull();
  });

  it('rejects tampered, revoked and expired tokens, and extends a session used in its second half', async () => {
    await registerVerified('margaret@example.com');
    const client = await signedIn('margaret@example.com');
    const token = client.cookies.get('emporium_session')!;

    const tampered = new BrowserClient(api.url);
    tampered.cookies.set('emporium_session', `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`);
    expect(await tampered.ok(tampered.query('user.me'))).toBeNull();
    const forged = new BrowserClient(api.url);
    forged.cookies.set('emporium_session', `${token.split('.')[0]}.${'a'.repeat(32)}`);
    expect(await forged.ok(forged.query('user.me'))).toBeNull();

    const id = token.split('.')[0]!;
    await sql`UPDATE users.session SET expires_at = now() + interval '10 days' WHERE id = ${id}`.execute(api.database.db);
    const renewed = await client.query('user.me');
    expect(renewed.ok && renewed.headers.getSetCookie()[0]).toMatch(/Max-Age=259\d{4}/);
    const row = await sql<{ expires_at: Date }>`SELECT expires_at FROM users.session WHERE id = ${id}`.execute(api.database.db);
    expect(row.rows[0]!.expires_at.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    await sql`UPDATE users.session SET expires_at = now() - interval '1 second' WHERE id = ${id}`.execute(api.database.db);
    expect(await client.ok(client.query('user.me'))).toBeNull();
    const left = await sql`SELECT 1 FROM users.session WHERE id = ${id}`.execute(api.database.db);
    expect(left.rows).toHaveLength(0);

    const other = await signedIn('margaret@example.com');
    const phone = await signedIn('margaret@example.com');
    const phoneId = phone.cookies.get('emporium_session')!.split('.')[0];
    const sessions = await other.ok(other.query<Array<{ id: string; current: boolean; device: string }>>('user.account.sessions'));
    expect(sessions.find((session) => session.current)?.device).toBe('Chrome 156 on Linux');
    await other.ok(other.mutate('user.account.revokeSession', { sessionId: phoneId }));
    expect(await phone.ok(phone.query('user.me'))).toBeNull();
  });

  it('answers sign-in and reset alike for known and unknown addresses, and spends as long on both', async () => {
    await registerVerified('known@example.com');
    const known = await browser().mutate('user.auth.login', { email: 'known@example.com', password: 'not the password' });
    const unknown = await browser().mutate('user.auth.login', { email: 'nobody-here@example.com', password: 'not the password' });
    expect(known.ok || unknown.ok).toBe(false);
    if (!known.ok && !unknown.ok) {
      expect([known.error.status, known.error.code, known.error.reason, known.error.message]).toEqual([unknown.error.status, unknown.error.code, unknown.error.reason, unknown.error.message]);
    }

    const resetKnown = await browser().mutate('user.auth.requestPasswordReset', { email: 'known@example.com' });
    const resetUnknown = await browser().mutate('user.auth.requestPasswordReset', { email: 'nobody-here@example.com' });
    expect(resetKnown).toMatchObject({ ok: true });
    expect(resetKnown.ok && resetUnknown.ok && resetKnown.data).toEqual(resetUnknown.ok && resetUnknown.data);
    // The background job sends the known address its link and sends nothing anywhere for the unknown one.
    await latestMail(api.database.db, 'known@example.com', 'user.password-reset');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await mailCount(api.database.db, 'nobody-here@example.com')).toBe(0);

    // An unknown address still pays for a password check (argon2id), so it is not measurably faster than a wrong
    // password for a real account. Interleaved samples, so load on the machine hits both sides alike.
    const timed = async (email: string, attempt: number) => {
      const started = performance.now();
      await browser().mutate('user.auth.login', { email, password: `wrong ${attempt}` });
      return performance.now() - started;
    };
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      knownTimes.push(await timed('known@example.com', attempt));
      unknownTimes.push(await timed(`nobody-${attempt}@example.com`, attempt));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[3]!;
    expect(median(unknownTimes) / median(knownTimes)).toBeGreaterThan(0.5);
  });
});
