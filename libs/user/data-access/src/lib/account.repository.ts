import { type Selectable, sql } from 'kysely';
import type { Database } from '@emporium/platform-db';
import type { Role } from '@emporium/user-domain';
import { type AccountTable, userDb } from './user.tables';

/** An account as the user service's procedures see it: never the password hash. */
export interface Account {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly emailVerified: boolean;
  readonly name: string | null;
  readonly phone: string | null;
  readonly marketingConsent: boolean;
  readonly createdAt: Date;
}

export interface AccountCredentials {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly passwordHash: string | null;
  readonly emailVerified: boolean;
}

const accountColumns = ['id', 'email', 'role', 'email_verified_at', 'name', 'phone', 'marketing_consent', 'created_at'] as const;

function toAccount(row: Pick<Selectable<AccountTable>, (typeof accountColumns)[number]>): Account {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    emailVerified: row.email_verified_at !== null,
    name: row.name,
    phone: row.phone,
    marketingConsent: row.marketing_consent,
    createdAt: row.created_at,
  };
}

/** Inserts a customer account; null when the e-mail is already registered (the caller must not say so). */
export async function insertAccount(
  db: Database,
  values: { email: string; passwordHash: string; name?: string | null; marketingConsent?: boolean; role?: Role; emailVerifiedAt?: Date | null },
): Promise<Account | null> {
  const row = await userDb(db)
    .insertInto('account')
    .values({
      email: values.email,
      password_hash: values.passwordHash,
      name: values.name ?? null,
      marketing_consent: values.marketingConsent ?? false,
      role: values.role ?? 'customer',
      email_verified_at: values.emailVerifiedAt ?? null,
    })
    .onConflict((conflict) => conflict.column('email').doNothing())
    .returning(accountColumns)
    .executeTakeFirst();
  return row ? toAccount(row) : null;
}

export async function findAccount(db: Database, id: string): Promise<Account | null> {
  const row = await userDb(db).selectFrom('account').select(accountColumns).where('id', '=', id).where('status', '=', 'active').executeTakeFirst();
  return row ? toAccount(row) : null;
}

/** For sign-in and password checks only. */
export async function findCredentialsByEmail(db: Database, email: string): Promise<AccountCredentials | null> {
  const row = await userDb(db)
    .selectFrom('account')
    .select(['id', 'email', 'role', 'password_hash', 'email_verified_at'])
    .where('email', '=', email)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row ? { id: row.id, email: row.email, role: row.role, passwordHash: row.password_hash, emailVerified: row.email_verified_at !== null } : null;
}

export async function findCredentialsById(db: Database, id: string): Promise<AccountCredentials | null> {
  const row = await userDb(db)
    .selectFrom('account')
    .select(['id', 'email', 'role', 'password_hash', 'email_verified_at'])
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row ? { id: row.id, email: row.email, role: row.role, passwordHash: row.password_hash, emailVerified: row.email_verified_at !== null } : null;
}

export async function setPasswordHash(db: Database, userId: string, passwordHash: string): Promise<void> {
  await userDb(db).updateTable('account').set({ password_hash: passwordHash, updated_at: sql`now()` }).where('id', '=', userId).execute();
}

export async function markEmailVerified(db: Database, userId: string, email: string, at: Date): Promise<boolean> {
  const result = await userDb(db)
    .updateTable('account')
    .set({ email_verified_at: at, updated_at: sql`now()` })
    .where('id', '=', userId)
    .where('email', '=', email)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function updateProfile(
  db: Database,
  userId: string,
  changes: { name?: string | null; phone?: string | null; marketingConsent?: boolean },
): Promise<Account | null> {
  const row = await userDb(db)
    .updateTable('account')
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.phone !== undefined ? { phone: changes.phone } : {}),
      ...(changes.marketingConsent !== undefined ? { marketing_consent: changes.marketingConsent } : {}),
      updated_at: sql`now()`,
    })
    .where('id', '=', userId)
    .where('status', '=', 'active')
    .returning(accountColumns)
    .executeTakeFirst();
  return row ? toAccount(row) : null;
}

/**
 * Erases what identifies a person and keeps the row (orders elsewhere still point at its id). The e-mail becomes a
 * placeholder so the address can register again.
 */
export async function anonymiseAccount(db: Database, userId: string, at: Date): Promise<void> {
  await userDb(db)
    .updateTable('account')
    .set({
      email: `deleted-${userId}@deleted.invalid`,
      status: 'deleted',
      role: 'customer',
      password_hash: null,
      email_verified_at: null,
      name: null,
      phone: null,
      marketing_consent: false,
      deleted_at: at,
      updated_at: at,
    })
    .where('id', '=', userId)
    .execute();
  await userDb(db).deleteFrom('address').where('user_id', '=', userId).execute();
  await userDb(db).deleteFrom('session').where('user_id', '=', userId).execute();
  await userDb(db).deleteFrom('auth_token').where('user_id', '=', userId).execute();
}

/** Locks the account row for a role change and counts admins under the same lock (see setRole). */
export async function lockAccountsForRoleChange(db: Database, targetId: string): Promise<{ target: { id: string; role: Role } | null; adminIds: string[] }> {
  // Every role change locks all admin rows first, in id order: two admins demoting each other cannot both succeed.
  const admins = await userDb(db).selectFrom('account').select(['id']).where('role', '=', 'admin').where('status', '=', 'active').orderBy('id').forUpdate().execute();
  const target = await userDb(db).selectFrom('account').select(['id', 'role']).where('id', '=', targetId).where('status', '=', 'active').forUpdate().executeTakeFirst();
  return { target: target ?? null, adminIds: admins.map((admin) => admin.id) };
}

export async function setRole(db: Database, userId: string, role: Role): Promise<void> {
  await userDb(db).updateTable('account').set({ role, updated_at: sql`now()` }).where('id', '=', userId).execute();
}

export interface CustomerListItem {
  readonly id: string;
  readonly email: string;
  readonly name: string | null;
  readonly role: Role;
  readonly emailVerified: boolean;
  readonly createdAt: Date;
}

/** The staff customer list: newest first, keyset-paginated, optionally by a search over e-mail and name and by role. */
export async function searchAccounts(
  db: Database,
  options: { query?: string; role?: Role; limit: number; after?: { createdAt: Date; id: string } },
): Promise<CustomerListItem[]> {
  let query = userDb(db)
    .selectFrom('account')
    .select(['id', 'email', 'name', 'role', 'email_verified_at', 'created_at'])
    .where('status', '=', 'active');
  if (options.role) query = query.where('role', '=', options.role);
  if (options.query) {
    const pattern = `%${options.query.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    query = query.where(sql<boolean>`(email || ' ' || coalesce(lower(name), '')) LIKE ${pattern}`);
  }
  if (options.after) {
    const { createdAt, id } = options.after;
    query = query.where((eb) => eb.or([eb('created_at', '<', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)])]));
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
  return rows.map((row) => ({ id: row.id, email: row.email, name: row.name, role: row.role, emailVerified: row.email_verified_at !== null, createdAt: row.created_at }));
}
