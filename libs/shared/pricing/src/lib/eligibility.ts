import type { CartLine } from './cart-line';

/**
 * Which lines a coupon applies to: a line is eligible when its product is listed or it is in a listed category.
 * No restriction (undefined, or both lists empty) makes every line eligible.
 */
export interface Eligibility {
  readonly productIds?: readonly string[];
  readonly categoryIds?: readonly string[];
}

export function isRestricted(eligibility: Eligibility | undefined): boolean {
  return (eligibility?.productIds?.length ?? 0) > 0 || (eligibility?.categoryIds?.length ?? 0) > 0;
}

export function isEligible(line: Pick<CartLine, 'productId' | 'categoryIds'>, eligibility: Eligibility | undefined): boolean {
  if (!eligibility || !isRestricted(eligibility)) return true;
  if (eligibility.productIds?.includes(line.productId)) return true;
  return (line.categoryIds ?? []).some((category) => eligibility.categoryIds?.includes(category) ?? false);
}
