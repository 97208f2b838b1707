import { type Database, inTransaction } from '@emporium/platform-db';
import { findCredentialsByEmail, hashPassword, insertAccount, markEmailVerified, setRole } from '@emporium/user-data-access';
import { checkPassword, isPlausibleEmail, normalizeEmail } from '@emporium/user-domain';

export type ProvisionAdminResult =
  | { readonly ok: true; readonly outcome: 'created' | 'promoted' | 'already_admin'; readonly userId: string; readonly email: string }
  | { readonly ok: false; readonly field: 'email' | 'password'; readonly message: string };

/**
 * The first admin of a shop (or another one, by an operator with database access): an existing account is promoted
 * and keeps its password; a new one is created, verified, with the given password under the usual policy.
 */
export async function provisionAdmin(db: Database, input: { email: string; password?: string }): Promise<ProvisionAdminResult> {
  const email = normalizeEmail(input.email);
  if (!isPlausibleEmail(email)) return { ok: false, field: 'email', message: `"${input.email}" is not a valid e-mail address` };
  const existing = await findCredentialsByEmail(db, email);
  if (existing) {
    if (existing.role === 'admin') return { ok: true, outcome: 'already_admin', userId: existing.id, email };
    await inTransaction(db, async (trx) => {
      await setRole(trx, existing.id, 'admin');
      await markEmailVerified(trx, existing.id, email, new Date());
    });
    return { ok: true, outcome: 'promoted', userId: existing.id, email };
  }
  if (!input.password) return { ok: false, field: 'password', message: 'A new admin needs a password (EMPORIUM_ADMIN_PASSWORD or standard input)' };
  const problem = checkPassword(input.password, { email });
  if (problem) return { ok: false, field: 'password', message: problem.message };
  const account = await insertAccount(db, { email, passwordHash: await hashPassword(input.password), role: 'admin', emailVerifiedAt: new Date() });
  if (!account) return provisionAdmin(db, { email }); // registered a moment ago by someone else: promote it
  return { ok: true, outcome: 'created', userId: account.id, email };
}
