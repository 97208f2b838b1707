import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '@emporium/platform-db';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** bigint columns come back from pg as strings. */
type BigInt = ColumnType<string, number | string, number | string>;
type BigIntDefaulted = ColumnType<string, number | string | undefined, number | string>;

export type CartStatus = 'active' | 'merged' | 'completed';

export interface CartTable {
  id: Generated<string>;
  token_hash: Buffer | null;
  user_id: string | null;
  status: Defaulted<CartStatus>;
  currency: string;
  country: string | null;
  region: string | null;
  postal_code: string | null;
  merged_into: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CartLineTable {
  cart_id: string;
  variant_id: string;
  sku: string;
  title: string;
  options: ColumnType<Record<string, string>, string, string>;
  quantity: number;
  unit_amount: BigInt;
  captured_at: Date;
  position: number;
}

export interface CartCouponTable {
  cart_id: string;
  code: string;
  position: number;
  applied_at: Timestamp;
}

export interface PromotionTable {
  id: Generated<string>;
  name: string;
  description: Defaulted<string>;
  trigger: 'code' | 'automatic';
  /** A `PromotionDiscount` (cart-domain), as JSON. */
  discount: ColumnType<unknown, string, string>;
  product_ids: Defaulted<string[]>;
  category_ids: Defaulted<string[]>;
  /** Currency → minor units. */
  minimum_subtotal: ColumnType<Record<string, number>, string | undefined, string>;
  starts_at: Date | null;
  ends_at: Date | null;
  usage_limit: number | null;
  per_customer_limit: number | null;
  combinable: Defaulted<'stackable' | 'exclusive'>;
  active: Defaulted<boolean>;
  used_count: Defaulted<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CouponBatchTable {
  id: Generated<string>;
  promotion_id: string;
  prefix: string;
  size: number;
  created_at: Timestamp;
}

export interface CouponCodeTable {
  id: Generated<string>;
  promotion_id: string;
  code: string;
  usage_limit: number | null;
  used_count: Defaulted<number>;
  batch_id: string | null;
  active: Defaulted<boolean>;
  created_at: Timestamp;
}

export interface CouponRedemptionTable {
  id: ColumnType<string, never, never>;
  coupon_code_id: string;
  promotion_id: string;
  order_ref: string;
  customer_key: string | null;
  redeemed_at: Timestamp;
  released_at: Date | null;
}

export interface TaxClassTable {
  code: string;
  name: string;
  created_at: Timestamp;
}

export interface TaxRegionTable {
  id: Generated<string>;
  country: string;
  region: string | null;
  name: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TaxRateTable {
  region_id: string;
  tax_class: string;
  basis_points: number;
  label: Defaulted<string>;
}

export interface CurrencySettingTable {
  currency: string;
  tax_mode: 'inclusive' | 'exclusive';
  rounding: Defaulted<'half-up' | 'half-even'>;
  default_country: string;
  shipping_estimate: BigIntDefaulted;
  free_shipping_from: BigInt | null;
  shipping_tax_class: Defaulted<string>;
  updated_at: Timestamp;
}

export interface CartTables {
  cart: CartTable;
  cart_line: CartLineTable;
  cart_coupon: CartCouponTable;
  promotion: PromotionTable;
  coupon_batch: CouponBatchTable;
  coupon_code: CouponCodeTable;
  coupon_redemption: CouponRedemptionTable;
  tax_class: TaxClassTable;
  tax_region: TaxRegionTable;
  tax_rate: TaxRateTable;
  currency_setting: CurrencySettingTable;
}

export const CART_SCHEMA = 'cart';

/** The shared database handle (or a transaction), typed for the cart's own tables. */
export function cartDb(db: Database | Kysely<unknown>): Kysely<CartTables> {
  return (db as Database).withSchema(CART_SCHEMA) as unknown as Kysely<CartTables>;
}
