import type { Money } from '@emporium/money';

export const PRODUCT_STATUSES = ['draft', 'active', 'archived'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export interface ProductImage {
  readonly url: string;
  readonly alt: string;
}

/** A product as the storefront lists it, priced in the shopper's currency. */
export interface ProductSummary {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly brand: string | null;
  /** The lowest price of its active variants ("from"). */
  readonly price: Money;
  /** The highest; equal to `price` when every variant costs the same. */
  readonly maxPrice: Money;
  readonly image: ProductImage | null;
  /** At least one active variant can be bought. */
  readonly inStock: boolean;
}

export interface ProductVariantView {
  readonly id: string;
  readonly sku: string;
  /** Option name → value (e.g. `{ Size: 'M' }`); empty for a product without options. */
  readonly options: Readonly<Record<string, string>>;
  /** Null when the variant has no price in the requested currency (it cannot be bought in it). */
  readonly price: Money | null;
  readonly compareAtPrice: Money | null;
  readonly inStock: boolean;
}

export interface CategoryRef {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

export interface ProductDetail extends ProductSummary {
  readonly description: string;
  readonly seoTitle: string | null;
  readonly seoDescription: string | null;
  readonly images: readonly ProductImage[];
  readonly options: ReadonlyArray<{ readonly name: string; readonly values: readonly string[] }>;
  readonly variants: readonly ProductVariantView[];
  /** The product's first category and its ancestors, root first (the breadcrumb). */
  readonly breadcrumb: readonly CategoryRef[];
  readonly attributes: ReadonlyArray<{ readonly name: string; readonly values: readonly string[] }>;
}

/** Only active products are visible to shoppers; drafts and archived products are for staff. */
export function isVisibleToShoppers(status: ProductStatus): boolean {
  return status === 'active';
}
