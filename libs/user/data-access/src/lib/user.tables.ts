import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '@emporium/platform-db';
import type { Role } from '@emporium/user-domain';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export type AccountStatus = 'active' | 'deleted';
export type TokenKind = 'email_verification' | 'password_reset';
export type AddressKind = 'shipping' | 'billing';

export interface AccountTable {
  id: Generated<string>;
  /** Normalised (trimmed, NFC, lower-case); unique. A deleted account's is replaced by a placeholder. */
  email: string;
  role: Defaulted<Role>;
  status: Defaulted<AccountStatus>;
  /** argon2id PHC string; null once the account is deleted. */
  password_hash: string | null;
  email_verified_at: Date | null;
  name: string | null;
  phone: string | null;
  marketing_consent: Defaulted<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Date | null;
}

export interface SessionTable {
  /** The public half of the token; the secret half is stored only as its SHA-256. */
  id: string;
  secret_hash: Buffer;
  user_id: string;
  created_at: Timestamp;
  expires_at: Date;
  last_seen_at: Timestamp;
  user_agent: string | null;
  ip: string | null;
}

export interface AuthTokenTable {
  /** SHA-256 of the e-mailed token: a database leak yields no usable link. */
  token_hash: Buffer;
  kind: TokenKind;
  user_id: string;
  /** The address the token was sent to (verification confirms this one, not whatever the account says later). */
  email: string;
  created_at: Timestamp;
  expires_at: Date;
  used_at: Date | null;
}

export interface AddressTable {
  id: Generated<string>;
  user_id: string;
  kind: AddressKind;
  label: string | null;
  first_name: string;
  last_name: string;
  company: string | null;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postal_code: string | null;
  country_code: string;
  phone: string | null;
  is_default: Defaulted<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** rate-limiter-flexible's table layout (it is told the table exists). */
export interface RateLimitTable {
  key: string;
  points: number;
  expire: string | null;
}

export interface UserTables {
  account: AccountTable;
  session: SessionTable;
  auth_token: AuthTokenTable;
  address: AddressTable;
  rate_limit: RateLimitTable;
}

export const USER_SCHEMA = 'users';

export function userDb(db: Database): Kysely<UserTables> {
  return db.withSchema(USER_SCHEMA) as Kysely<UserTables>;
}
