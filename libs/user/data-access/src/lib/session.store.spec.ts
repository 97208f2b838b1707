import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { insertAccount } from './account.repository';
import { consumeAuthToken, issueAuthToken } from './auth-token.repository';
import { authRateLimits, RateLimitedError } from './auth-rate-limits';
import { createSession, validateSessionToken } from './session.store';
import { userMigrationSet } from './user.migrations';

const DAY = 86_400_000;

describe('sessions, e-mail tokens and rate limits in PostgreSQL', () => {
  let database: TestDatabase;
  let user: { id: string; email: string };
  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [userMigrationSet]);
    user = (await insertAccount(database.db, { email: 'session@example.com', passwordHash: 'x' }))!;
  });
  afterAll(() => database?.destroy());

  it('validates a token until it expires, extending it only in the second half of its life', async () => {
    const start = new Date('2026-01-01T00:00:00Z');
    const session = await createSession(database.db, user.id, { userAgent: 'test', ip: '127.0.0.1' }, start);
    const early = await validateSessionToken(database.db, session.token, new Date(start.getTime() + 5 * DAY));
    expect(early).toMatchObject({ renewed: false, user: { id: user.id, role: 'customer' } });
    const late = await validateSessionToken(database.db, session.token, new Date(start.getTime() + 20 * DAY));
    expect(late?.renewed).toBe(true);
    expect(late!.expiresAt.getTime()).toBe(start.getTime() + 50 * DAY);
    expect(await validateSessionToken(database.db, session.token, new Date(start.getTime() + 51 * DAY))).toBeNull();
    // Expired sessions are deleted, so even a clock going back cannot revive one.
    expect(await validateSessionToken(database.db, session.token, new Date(start.getTime() + 21 * DAY))).toBeNull();
  });

  it('rejects malformed tokens without a lookup error', async () => {
    for (const token of ['', '.', 'abc.def', 'a'.repeat(24), `${'a'.repeat(24)}.${'b'.repeat(32)}.c`, "x'; DROP TABLE users.session; --"]) {
      expect(await validateSessionToken(database.db, token, new Date())).toBeNull();
    }
  });

  it('lets exactly one of many concurrent uses of a reset token succeed', async () => {
    const now = new Date();
    const token = await issueAuthToken(database.db, 'password_reset', user, now);
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => consumeAuthToken(database.db, 'password_reset', token, new Date())));
    expect(outcomes.filter(Boolean)).toHaveLength(1);
  });

  it('voids older links when a new one is issued', async () => {
    const older = await issueAuthToken(database.db, 'email_verification', user, new Date());
    const newer = await issueAuthToken(database.db, 'email_verification', user, new Date());
    expect(await consumeAuthToken(database.db, 'email_verification', older, new Date())).toBeNull();
    expect(await consumeAuthToken(database.db, 'email_verification', newer, new Date())).toEqual({ userId: user.id, email: user.email });
  });

  it('locks an account out from one address after repeated failures, shared through the table', async () => {
    const limits = authRateLimits(database.db, 60);
    for (let attempt = 0; attempt < 10; attempt++) {
      await limits.assertLoginAllowed('10.0.0.1', 'victim@example.com');
      await limits.recordLoginFailure('10.0.0.1', 'victim@example.com');
    }
    await expect(limits.assertLoginAllowed('10.0.0.1', 'victim@example.com')).rejects.toBeInstanceOf(RateLimitedError);
    // The same account from elsewhere is still allowed (until the account-wide limit), and another account is untouched.
    await expect(limits.assertLoginAllowed('10.0.0.2', 'victim@example.com')).resolves.toBeUndefined();
    await expect(limits.assertLoginAllowed('10.0.0.1', 'other@example.com')).resolves.toBeUndefined();
  });
});
