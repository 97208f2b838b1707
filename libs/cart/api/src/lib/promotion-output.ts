import type { AmountsByCurrency, PromotionDiscount, PromotionStatus } from '@emporium/cart-domain';
import type { CouponBatchView, CouponCodeView, PromotionView } from '@emporium/cart-data-access';

/** A promotion as staff clients receive it: the fields named here, instants as ISO 8601 strings. */
export interface PromotionOutput {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly trigger: 'code' | 'automatic';
  readonly discount: PromotionDiscount;
  readonly productIds: readonly string[];
  readonly categoryIds: readonly string[];
  readonly minimumSubtotal: AmountsByCurrency;
  readonly startsAt: string | null;
  readonly endsAt: string | null;
  readonly usageLimit: number | null;
  readonly perCustomerLimit: number | null;
  readonly combinable: 'stackable' | 'exclusive';
  readonly active: boolean;
  readonly status: PromotionStatus;
  readonly usedCount: number;
  readonly codeCount: number;
  readonly batchCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export function promotionOutput(view: PromotionView): PromotionOutput {
  return {
    id: view.id,
    name: view.name,
    description: view.description,
    trigger: view.trigger,
    discount: view.discount,
    productIds: view.productIds,
    categoryIds: view.categoryIds,
    minimumSubtotal: view.minimumSubtotal,
    startsAt: view.startsAt?.toISOString() ?? null,
    endsAt: view.endsAt?.toISOString() ?? null,
    usageLimit: view.usageLimit,
    perCustomerLimit: view.perCustomerLimit,
    combinable: view.combinable,
    active: view.active,
    status: view.status,
    usedCount: view.usedCount,
    codeCount: view.codeCount,
    batchCount: view.batchCount,
    createdAt: view.createdAt.toISOString(),
    updatedAt: view.updatedAt.toISOString(),
  };
}

export interface CouponCodeOutput {
  readonly id: string;
  readonly promotionId: string;
  readonly code: string;
  readonly usageLimit: number | null;
  readonly usedCount: number;
  readonly active: boolean;
  readonly batchId: string | null;
  readonly createdAt: string;
}

export function couponCodeOutput(view: CouponCodeView): CouponCodeOutput {
  return {
    id: view.id,
    promotionId: view.promotionId,
    code: view.code,
    usageLimit: view.usageLimit,
    usedCount: view.usedCount,
    active: view.active,
    batchId: view.batchId,
    createdAt: view.createdAt.toISOString(),
  };
}

export interface CouponBatchOutput {
  readonly id: string;
  readonly promotionId: string;
  readonly prefix: string;
  readonly size: number;
  readonly createdAt: string;
}

export function couponBatchOutput(view: CouponBatchView): CouponBatchOutput {
  return { id: view.id, promotionId: view.promotionId, prefix: view.prefix, size: view.size, createdAt: view.createdAt.toISOString() };
}
