import type { Money } from '@emporium/money';

export const PRODUCT_STATUSES = ['draft', 'active', 'archived'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export interface ProductImage {
  readonly url: string;
  readonly alt: string;
}

/** A product as the storefront lists it. */
export interface ProductSummary {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly price: Money;
  readonly image: ProductImage | null;
}

export interface ProductDetail extends ProductSummary {
  readonly description: string;
}

/** Only active products are visible to shoppers; drafts and archived products are for staff. */
export function isVisibleToShoppers(status: ProductStatus): boolean {
  return status === 'active';
}
