import { sql } from 'kysely';
import type { Database } from '@emporium/platform-db';
import { tokenExpiry } from '@emporium/user-domain';
import { randomToken, sha256 } from './secure-token';
import { type TokenKind, userDb } from './user.tables';

/** 32 symbols × 5 bits = 160 bits. */
const TOKEN_LENGTH = 32;

/**
 * Issues a single-use token for an e-mailed link. Issuing a new one voids the user's earlier unused tokens of the
 * same kind, so only the latest link works.
 */
export async function issueAuthToken(db: Database, kind: TokenKind, user: { id: string; email: string }, now: Date): Promise<string> {
  const token = randomToken(TOKEN_LENGTH);
  await userDb(db).updateTable('auth_token').set({ used_at: now }).where('user_id', '=', user.id).where('kind', '=', kind).where('used_at', 'is', null).execute();
  await userDb(db)
    .insertInto('auth_token')
    .values({ token_hash: sha256(token), kind, user_id: user.id, email: user.email, created_at: now, expires_at: tokenExpiry(kind, now) })
    .execute();
  return token;
}

/**
 * Spends a token: marks it used in the same statement that checks it is unused and unexpired, so two concurrent
 * uses cannot both succeed. Returns whose it was, or null for an unknown, used or expired token.
 */
export async function consumeAuthToken(db: Database, kind: TokenKind, token: string, now: Date): Promise<{ userId: string; email: string } | null> {
  if (token.length !== TOKEN_LENGTH) return null;
  const row = await userDb(db)
    .updateTable('auth_token')
    .set({ used_at: now })
    .where('token_hash', '=', sha256(token))
    .where('kind', '=', kind)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .where(sql<boolean>`EXISTS (SELECT 1 FROM users.account a WHERE a.id = auth_token.user_id AND a.status = 'active')`)
    .returning(['user_id', 'email'])
    .executeTakeFirst();
  return row ? { userId: row.user_id, email: row.email } : null;
}
