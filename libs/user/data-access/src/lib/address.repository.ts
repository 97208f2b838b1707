import { type Selectable, sql } from 'kysely';
import type { Database, DbTransaction } from '@emporium/platform-db';
import type { AddressFields } from '@emporium/user-domain';
import { type AddressKind, type AddressTable, userDb } from './user.tables';

/** How many addresses one customer may keep: plenty for a person, a bound for a script. */
export const MAX_ADDRESSES_PER_USER = 50;

export interface SavedAddress extends AddressFields {
  readonly id: string;
  readonly kind: AddressKind;
  readonly label: string | null;
  readonly isDefault: boolean;
  readonly updatedAt: Date;
}

export interface AddressValues extends AddressFields {
  readonly kind: AddressKind;
  readonly label?: string | null;
  readonly isDefault?: boolean;
}

const columns = [
  'id',
  'kind',
  'label',
  'first_name',
  'last_name',
  'company',
  'line1',
  'line2',
  'city',
  'region',
  'postal_code',
  'country_code',
  'phone',
  'is_default',
  'updated_at',
] as const;

type AddressRow = Pick<Selectable<AddressTable>, (typeof columns)[number]>;

function toAddress(row: AddressRow): SavedAddress {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    firstName: row.first_name,
    lastName: row.last_name,
    company: row.company,
    line1: row.line1,
    line2: row.line2,
    city: row.city,
    region: row.region,
    postalCode: row.postal_code,
    countryCode: row.country_code,
    phone: row.phone,
    isDefault: row.is_default,
    updatedAt: row.updated_at,
  };
}

function toRow(values: AddressValues) {
  return {
    kind: values.kind,
    label: values.label ?? null,
    first_name: values.firstName,
    last_name: values.lastName,
    company: values.company ?? null,
    line1: values.line1,
    line2: values.line2 ?? null,
    city: values.city,
    region: values.region ?? null,
    postal_code: values.postalCode ?? null,
    country_code: values.countryCode,
    phone: values.phone ?? null,
  };
}

export async function listAddresses(db: Database, userId: string): Promise<SavedAddress[]> {
  const rows = await userDb(db).selectFrom('address').select(columns).where('user_id', '=', userId).orderBy('kind').orderBy('is_default', 'desc').orderBy('created_at').execute();
  return rows.map(toAddress);
}

/** Takes the user's row lock so that concurrent address changes of one user run one at a time. */
async function lockOwner(trx: DbTransaction, userId: string): Promise<void> {
  await userDb(trx).selectFrom('account').select('id').where('id', '=', userId).forUpdate().execute();
}

async function clearDefault(trx: DbTransaction, userId: string, kind: AddressKind): Promise<void> {
  await userDb(trx).updateTable('address').set({ is_default: false }).where('user_id', '=', userId).where('kind', '=', kind).where('is_default', '=', true).execute();
}

/**
 * Adds an address. The first of its kind becomes the default; `isDefault` moves the default to it. Null when the
 * user already keeps MAX_ADDRESSES_PER_USER.
 */
export async function addAddress(trx: DbTransaction, userId: string, values: AddressValues): Promise<SavedAddress | null> {
  await lockOwner(trx, userId);
  const counts = await userDb(trx)
    .selectFrom('address')
    .select((eb) => [eb.fn.countAll<string>().as('total'), eb.fn.count<string>('id').filterWhere('kind', '=', values.kind).as('ofKind')])
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  if (Number(counts.total) >= MAX_ADDRESSES_PER_USER) return null;
  const makeDefault = values.isDefault === true || Number(counts.ofKind) === 0;
  if (makeDefault) await clearDefault(trx, userId, values.kind);
  const row = await userDb(trx)
    .insertInto('address')
    .values({ ...toRow(values), user_id: userId, is_default: makeDefault })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toAddress(row);
}

/** Replaces an address of the user's; null when it is not theirs. */
export async function updateAddress(trx: DbTransaction, userId: string, id: string, values: AddressValues): Promise<SavedAddress | null> {
  await lockOwner(trx, userId);
  const existing = await userDb(trx).selectFrom('address').select(['kind', 'is_default']).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  if (!existing) return null;
  const kindChanged = existing.kind !== values.kind;
  const makeDefault = values.isDefault === true || (existing.is_default && !kindChanged);
  if (makeDefault) await clearDefault(trx, userId, values.kind);
  const row = await userDb(trx)
    .updateTable('address')
    .set({ ...toRow(values), is_default: makeDefault, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning(columns)
    .executeTakeFirstOrThrow();
  if (kindChanged) {
    await promoteOldest(trx, userId, existing.kind);
    await promoteOldest(trx, userId, values.kind);
  }
  return toAddress(row);
}

export async function setDefaultAddress(trx: DbTransaction, userId: string, id: string): Promise<SavedAddress | null> {
  await lockOwner(trx, userId);
  const existing = await userDb(trx).selectFrom('address').select(['kind']).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  if (!existing) return null;
  await clearDefault(trx, userId, existing.kind);
  const row = await userDb(trx).updateTable('address').set({ is_default: true, updated_at: sql`now()` }).where('id', '=', id).returning(columns).executeTakeFirstOrThrow();
  return toAddress(row);
}

/** Deletes an address of the user's; when it was the default, the oldest remaining one of its kind takes over. */
export async function deleteAddress(trx: DbTransaction, userId: string, id: string): Promise<boolean> {
  await lockOwner(trx, userId);
  const removed = await userDb(trx).deleteFrom('address').where('id', '=', id).where('user_id', '=', userId).returning(['kind', 'is_default']).executeTakeFirst();
  if (!removed) return false;
  if (removed.is_default) await promoteOldest(trx, userId, removed.kind);
  return true;
}

async function promoteOldest(trx: DbTransaction, userId: string, kind: AddressKind): Promise<void> {
  await sql`
    UPDATE users.address SET is_default = true
    WHERE id = (SELECT id FROM users.address WHERE user_id = ${userId} AND kind = ${kind} ORDER BY created_at, id LIMIT 1)
      AND NOT EXISTS (SELECT 1 FROM users.address WHERE user_id = ${userId} AND kind = ${kind} AND is_default)
  `.execute(trx);
}
