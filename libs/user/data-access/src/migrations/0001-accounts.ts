import { type Kysely, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const schema = db.schema.withSchema('users');
  await schema
    .createTable('account')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (column) => column.notNull().unique().check(sql`email = lower(email) AND length(email) <= 254`))
    .addColumn('role', 'text', (column) => column.notNull().defaultTo('customer').check(sql`role IN ('customer', 'staff', 'admin')`))
    .addColumn('status', 'text', (column) => column.notNull().defaultTo('active').check(sql`status IN ('active', 'deleted')`))
    .addColumn('password_hash', 'text')
    .addColumn('email_verified_at', 'timestamptz')
    .addColumn('name', 'text', (column) => column.check(sql`length(name) <= 100`))
    .addColumn('phone', 'text', (column) => column.check(sql`length(phone) <= 32`))
    .addColumn('marketing_consent', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('deleted_at', 'timestamptz')
    .execute();
  // The staff customer list: newest first, and "how many admins are left" on every role change.
  await sql`CREATE INDEX account_created_idx ON users.account (created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX account_role_idx ON users.account (role) WHERE status = 'active'`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`CREATE INDEX account_search_idx ON users.account USING gin ((email || ' ' || coalesce(name, '')) gin_trgm_ops)`.execute(db);

  await schema
    .createTable('session')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('secret_hash', 'bytea', (column) => column.notNull().check(sql`length(secret_hash) = 32`))
    .addColumn('user_id', 'uuid', (column) => column.notNull().references('users.account.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('last_seen_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('user_agent', 'text')
    .addColumn('ip', 'text')
    .execute();
  await sql`CREATE INDEX session_user_idx ON users.session (user_id)`.execute(db);
  await sql`CREATE INDEX session_expiry_idx ON users.session (expires_at)`.execute(db);

  await schema
    .createTable('auth_token')
    .addColumn('token_hash', 'bytea', (column) => column.primaryKey().check(sql`length(token_hash) = 32`))
    .addColumn('kind', 'text', (column) => column.notNull().check(sql`kind IN ('email_verification', 'password_reset')`))
    .addColumn('user_id', 'uuid', (column) => column.notNull().references('users.account.id').onDelete('cascade'))
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await sql`CREATE INDEX auth_token_user_idx ON users.auth_token (user_id, kind)`.execute(db);

  await schema
    .createTable('address')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (column) => column.notNull().references('users.account.id').onDelete('cascade'))
    .addColumn('kind', 'text', (column) => column.notNull().check(sql`kind IN ('shipping', 'billing')`))
    .addColumn('label', 'text')
    .addColumn('first_name', 'text', (column) => column.notNull())
    .addColumn('last_name', 'text', (column) => column.notNull())
    .addColumn('company', 'text')
    .addColumn('line1', 'text', (column) => column.notNull())
    .addColumn('line2', 'text')
    .addColumn('city', 'text', (column) => column.notNull())
    .addColumn('region', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('country_code', 'char(2)', (column) => column.notNull().check(sql`country_code ~ '^[A-Z]{2}$'`))
    .addColumn('phone', 'text')
    .addColumn('is_default', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`CREATE INDEX address_user_idx ON users.address (user_id, kind)`.execute(db);
  // One default per kind per customer, enforced where concurrent requests cannot get around it.
  await sql`CREATE UNIQUE INDEX address_one_default_idx ON users.address (user_id, kind) WHERE is_default`.execute(db);

  // rate-limiter-flexible's layout; shared by every API process.
  await schema
    .createTable('rate_limit')
    .addColumn('key', 'varchar(255)', (column) => column.primaryKey())
    .addColumn('points', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('expire', 'bigint')
    .execute();
}
