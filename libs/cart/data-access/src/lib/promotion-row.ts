import { type RawBuilder, sql } from 'kysely';
import type { Promotion, PromotionDiscount } from '@emporium/cart-domain';

/** What a merchant sets on a promotion: the domain's promotion without its id, plus a note for staff. */
export type PromotionFields = Omit<Promotion, 'id'> & { readonly description: string };

/** A promotion row as the queries below select it. */
export interface PromotionRow {
  id: string;
  name: string;
  description: string;
  trigger: 'code' | 'automatic';
  discount: PromotionDiscount;
  product_ids: string[];
  category_ids: string[];
  minimum_subtotal: Record<string, number>;
  starts_at: Date | null;
  ends_at: Date | null;
  usage_limit: number | null;
  per_customer_limit: number | null;
  combinable: 'stackable' | 'exclusive';
  active: boolean;
  used_count: number;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = [
  'id',
  'name',
  'description',
  'trigger',
  'discount',
  'product_ids',
  'category_ids',
  'minimum_subtotal',
  'starts_at',
  'ends_at',
  'usage_limit',
  'per_customer_limit',
  'combinable',
  'active',
  'used_count',
  'created_at',
  'updated_at',
] as const;

/** The promotion columns `PromotionRow` names, from the table aliased `alias`. */
export function promotionColumns(alias: string): RawBuilder<unknown> {
  return sql.raw(COLUMNS.map((column) => `${alias}.${column}`).join(', '));
}

export function toPromotion(row: PromotionRow): Promotion {
  return {
    id: row.id,
    name: row.name,
    trigger: row.trigger,
    // Written only from a validated PromotionDiscount (see toPromotionValues).
    discount: row.discount,
    productIds: row.product_ids,
    categoryIds: row.category_ids,
    minimumSubtotal: row.minimum_subtotal,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    usageLimit: row.usage_limit,
    perCustomerLimit: row.per_customer_limit,
    combinable: row.combinable,
    active: row.active,
  };
}

export function toPromotionValues(fields: PromotionFields) {
  return {
    name: fields.name,
    description: fields.description,
    trigger: fields.trigger,
    discount: JSON.stringify(fields.discount),
    product_ids: [...fields.productIds],
    category_ids: [...fields.categoryIds],
    minimum_subtotal: JSON.stringify(fields.minimumSubtotal),
    starts_at: fields.startsAt,
    ends_at: fields.endsAt,
    usage_limit: fields.usageLimit,
    per_customer_limit: fields.perCustomerLimit,
    combinable: fields.combinable,
    active: fields.active,
  };
}
