import { type Kysely, sql } from 'kysely';
import type { CurrencyCode } from '@emporium/money';
import { type Database, type DbTransaction, PgErrorCode, pgErrorCode } from '@emporium/platform-db';
import type { CartStoreResult } from './store-result';
import type { TaxSettingsFailure } from './tax-failure';

/** How carts in one currency are taxed and what shipping they are shown. */
export interface CurrencySetting {
  readonly currency: CurrencyCode;
  /** 'inclusive': prices in this currency contain tax; 'exclusive': tax is added on top. */
  readonly taxMode: 'inclusive' | 'exclusive';
  readonly rounding: 'half-up' | 'half-even';
  /** Where tax is estimated for a cart without a destination. */
  readonly defaultCountry: string;
  /** Minor units. */
  readonly shippingEstimate: number;
  /** The subtotal from which shipping is free (minor units); null: never. */
  readonly freeShippingFrom: number | null;
  readonly shippingTaxClass: string;
}

export interface CurrencySettingView extends CurrencySetting {
  readonly updatedAt: Date;
}

interface SettingRow {
  currency: string;
  tax_mode: 'inclusive' | 'exclusive';
  rounding: 'half-up' | 'half-even';
  default_country: string;
  shipping_estimate: number | string;
  free_shipping_from: number | string | null;
  shipping_tax_class: string;
  updated_at: Date;
}

const COLUMNS = sql.raw('currency, tax_mode, rounding, default_country, shipping_estimate, free_shipping_from, shipping_tax_class, updated_at');

export async function listCurrencySettings(db: Database | DbTransaction): Promise<CurrencySettingView[]> {
  const { rows } = await sql<SettingRow>`SELECT ${COLUMNS} FROM cart.currency_setting ORDER BY currency`.execute(db);
  return rows.map(toView);
}

/** The settings of one currency, or null when the shop has none for it (the cart cannot be priced in it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function currencySetting(db: Database | Kysely<any>, currency: CurrencyCode): Promise<CurrencySetting | null> {
  const { rows } = await sql<SettingRow>`SELECT ${COLUMNS} FROM cart.currency_setting WHERE currency = ${currency}`.execute(db);
  const [row] = rows;
  if (!row) return null;
  const { updatedAt: _updatedAt, ...setting } = toView(row);
  return setting;
}

/** Creates or replaces a currency's settings. */
export async function updateCurrencySetting(
  db: Database | DbTransaction,
  setting: CurrencySetting,
): Promise<CartStoreResult<CurrencySettingView, Extract<TaxSettingsFailure, { type: 'UnknownTaxClass' }>>> {
  try {
    const { rows } = await sql<SettingRow>`
      INSERT INTO cart.currency_setting (currency, tax_mode, rounding, default_country, shipping_estimate, free_shipping_from, shipping_tax_class)
      VALUES (${setting.currency}, ${setting.taxMode}, ${setting.rounding}, ${setting.defaultCountry}, ${setting.shippingEstimate},
              ${setting.freeShippingFrom}, ${setting.shippingTaxClass})
      ON CONFLICT (currency) DO UPDATE SET tax_mode = excluded.tax_mode, rounding = excluded.rounding, default_country = excluded.default_country,
        shipping_estimate = excluded.shipping_estimate, free_shipping_from = excluded.free_shipping_from,
        shipping_tax_class = excluded.shipping_tax_class, updated_at = now()
      RETURNING ${COLUMNS}`.execute(db);
    const [row] = rows;
    if (!row) throw new Error('upsert returned no row');
    return { ok: true, value: toView(row) };
  } catch (error) {
    // The only foreign key of the table: the shipping's tax class.
    if (pgErrorCode(error) === PgErrorCode.foreignKeyViolation) return { ok: false, error: { type: 'UnknownTaxClass', taxClass: setting.shippingTaxClass } };
    throw error;
  }
}

function toView(row: SettingRow): CurrencySettingView {
  return {
    currency: row.currency as CurrencyCode,
    taxMode: row.tax_mode,
    rounding: row.rounding,
    defaultCountry: row.default_country,
    // bigint columns: pg hands them over as numbers here (platform-db's parser), as strings elsewhere.
    shippingEstimate: Number(row.shipping_estimate),
    freeShippingFrom: row.free_shipping_from === null ? null : Number(row.free_shipping_from),
    shippingTaxClass: row.shipping_tax_class,
    updatedAt: row.updated_at,
  };
}
