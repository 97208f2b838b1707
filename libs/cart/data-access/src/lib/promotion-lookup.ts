import { type Kysely, sql } from 'kysely';
import type { Promotion, PromotionCode, PromotionUsage } from '@emporium/cart-domain';
import type { Database } from '@emporium/platform-db';
import { type PromotionRow, promotionColumns, toPromotion } from './promotion-row';
import { customerKeyOf } from './customer-key';

export interface CodeLookup {
  readonly promotion: Promotion;
  readonly code: PromotionCode & { readonly id: string };
  readonly usage: PromotionUsage;
}

export interface AutomaticPromotion {
  readonly promotion: Promotion;
  readonly usage: PromotionUsage;
}

interface CodeLookupRow extends PromotionRow {
  code_id: string;
  code: string;
  code_usage_limit: number | null;
  code_used_count: number;
  code_active: boolean;
  by_customer: number;
}

/**
 * The codes a cart holds, with their promotions and the counts pricing needs, in one query. Codes are normalized by
 * the caller; unknown codes are absent from the map; inactive codes and promotions ARE returned (the caller tells the
 * shopper why they do not apply). `usage.byCustomer` counts the customer's unreleased redemptions of the promotion
 * (by any of its codes); 0 without a customer.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function findCouponCodes(db: Database | Kysely<any>, codes: readonly string[], customerKey: string | null): Promise<Map<string, CodeLookup>> {
  if (codes.length === 0) return new Map();
  const key = customerKeyOf(customerKey);
  const { rows } = await sql<CodeLookupRow>`
    SELECT ${promotionColumns('p')},
      c.id AS code_id, c.code, c.usage_limit AS code_usage_limit, c.used_count AS code_used_count, c.active AS code_active,
      CASE WHEN ${key}::text IS NULL THEN 0 ELSE (
        SELECT count(*) FROM cart.coupon_redemption r WHERE r.promotion_id = p.id AND r.customer_key = ${key}::text AND r.released_at IS NULL
      ) END::int AS by_customer
    FROM cart.coupon_code c JOIN cart.promotion p ON p.id = c.promotion_id
    WHERE c.code = ANY(${[...new Set(codes)]}::text[])`.execute(db);
  return new Map(
    rows.map((row) => [
      row.code,
      {
        promotion: toPromotion(row),
        code: { id: row.code_id, code: row.code, usageLimit: row.code_usage_limit, usedCount: row.code_used_count, active: row.code_active },
        usage: { promotion: row.used_count, code: row.code_used_count, byCustomer: row.by_customer },
      },
    ]),
  );
}

/**
 * Active automatic promotions, oldest first (the order they apply in); their window and limits are left to pricing.
 * They have no codes, so nothing redeems them and their counts stay as they are: `usage.code` and `usage.byCustomer`
 * are 0.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function activeAutomaticPromotions(db: Database | Kysely<any>, _customerKey: string | null): Promise<AutomaticPromotion[]> {
  const { rows } = await sql<PromotionRow>`
    SELECT ${promotionColumns('p')} FROM cart.promotion p WHERE p.trigger = 'automatic' AND p.active ORDER BY p.created_at, p.id`.execute(db);
  return rows.map((row) => ({ promotion: toPromotion(row), usage: { promotion: row.used_count, code: 0, byCustomer: 0 } }));
}
