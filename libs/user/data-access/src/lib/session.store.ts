import { sql } from 'kysely';
import type { Database } from '@emporium/platform-db';
import { isSessionExpired, renewedExpiry, type Role, sessionExpiry, shouldRecordLastSeen } from '@emporium/user-domain';
import { digestsEqual, randomToken, sha256 } from './secure-token';
import { userDb } from './user.tables';

/** 24 symbols × 5 bits = 120 bits for the id, 32 × 5 = 160 bits for the secret. */
const SESSION_ID_LENGTH = 24;
const SESSION_SECRET_LENGTH = 32;

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
}

export interface ValidSession {
  readonly id: string;
  readonly user: SessionUser;
  readonly expiresAt: Date;
  /** True when this validation extended the session: the cookie must be sent again with the new expiry. */
  readonly renewed: boolean;
}

export interface NewSession {
  readonly id: string;
  /** `<id>.<secret>`: goes into the cookie and nowhere else. */
  readonly token: string;
  readonly expiresAt: Date;
}

/** Starts a session for a user who just proved who they are. A fresh id every time: no fixation. */
export async function createSession(db: Database, userId: string, client: { userAgent: string | null; ip: string | null }, now: Date): Promise<NewSession> {
  const id = randomToken(SESSION_ID_LENGTH);
  const secret = randomToken(SESSION_SECRET_LENGTH);
  const expiresAt = sessionExpiry(now);
  await userDb(db)
    .insertInto('session')
    .values({ id, secret_hash: sha256(secret), user_id: userId, created_at: now, last_seen_at: now, expires_at: expiresAt, user_agent: client.userAgent, ip: client.ip })
    .execute();
  return { id, token: `${id}.${secret}`, expiresAt };
}

/**
 * Checks a token from a cookie: the id finds the row, the secret's digest must match in constant time, the session
 * must be unexpired and its account active. Extends the session when used in the second half of its life.
 */
export async function validateSessionToken(db: Database, token: string, now: Date): Promise<ValidSession | null> {
  const [id, secret, extra] = token.split('.');
  if (!id || !secret || extra !== undefined || id.length !== SESSION_ID_LENGTH || secret.length !== SESSION_SECRET_LENGTH) return null;
  const row = await userDb(db)
    .selectFrom('session as s')
    .innerJoin('account as a', 'a.id', 's.user_id')
    .select(['s.id', 's.secret_hash', 's.expires_at', 's.last_seen_at', 'a.id as userId', 'a.email', 'a.role', 'a.status'])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row || !digestsEqual(row.secret_hash, sha256(secret))) return null;
  if (row.status !== 'active' || isSessionExpired({ expiresAt: row.expires_at }, now)) {
    await userDb(db).deleteFrom('session').where('id', '=', id).execute();
    return null;
  }
  const renewal = renewedExpiry({ expiresAt: row.expires_at }, now);
  if (renewal || shouldRecordLastSeen(row.last_seen_at, now)) {
    await userDb(db)
      .updateTable('session')
      .set({ last_seen_at: now, ...(renewal ? { expires_at: renewal } : {}) })
      .where('id', '=', id)
      .execute();
  }
  return { id: row.id, user: { id: row.userId, email: row.email, role: row.role }, expiresAt: renewal ?? row.expires_at, renewed: renewal !== null };
}

export async function invalidateSession(db: Database, sessionId: string): Promise<void> {
  await userDb(db).deleteFrom('session').where('id', '=', sessionId).execute();
}

/** Ends every session of a user, except `keep` (the one making the request) when given. Returns how many ended. */
export async function invalidateUserSessions(db: Database, userId: string, options: { keep?: string } = {}): Promise<number> {
  let query = userDb(db).deleteFrom('session').where('user_id', '=', userId);
  if (options.keep) query = query.where('id', '!=', options.keep);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends one of the user's own sessions; false when it is not theirs (or does not exist). */
export async function revokeOwnSession(db: Database, userId: string, sessionId: string): Promise<boolean> {
  const result = await userDb(db).deleteFrom('session').where('id', '=', sessionId).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface SessionSummary {
  readonly id: string;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
  readonly userAgent: string | null;
  readonly ip: string | null;
}

export async function listUserSessions(db: Database, userId: string, now: Date): Promise<SessionSummary[]> {
  const rows = await userDb(db)
    .selectFrom('session')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'user_agent', 'ip'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows.map((row) => ({ id: row.id, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at, userAgent: row.user_agent, ip: row.ip }));
}

/** Housekeeping for the scheduled job: expired sessions and spent or expired tokens. */
export async function purgeExpiredCredentials(db: Database, now: Date): Promise<{ sessions: number; tokens: number }> {
  const sessions = await userDb(db).deleteFrom('session').where('expires_at', '<=', now).executeTakeFirst();
  const tokens = await userDb(db)
    .deleteFrom('auth_token')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('used_at', 'is not', null)]))
    .executeTakeFirst();
  await sql`DELETE FROM users.rate_limit WHERE expire < ${now.getTime() - 3_600_000}`.execute(db);
  return { sessions: Number(sessions.numDeletedRows), tokens: Number(tokens.numDeletedRows) };
}
