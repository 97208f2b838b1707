import type { ProductStatus } from '@emporium/catalog-domain';
import type { PlaceholderKind } from './placeholder-svg';

/** The generated catalog: plain data, no ids (the loader derives them from slugs and SKUs). */
export interface GeneratedCatalog {
  readonly seed: number;
  readonly brands: readonly GeneratedBrand[];
  /** Departments, groups and leaves; every parent comes before its children. */
  readonly categories: readonly GeneratedCategory[];
  readonly collections: readonly GeneratedCollection[];
  readonly products: readonly GeneratedProduct[];
}

export interface GeneratedBrand {
  readonly slug: string;
  readonly name: string;
}

export interface GeneratedCategory {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly parentSlug: string | null;
  /** 1 for a department, 2 for a group, 3 for a leaf. */
  readonly depth: 1 | 2 | 3;
  /** Order among its siblings. */
  readonly position: number;
}

export interface GeneratedCollection {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly productSlugs: readonly string[];
}

export interface GeneratedPrice {
  readonly currency: 'USD' | 'EUR';
  /** Minor units (cents). */
  readonly amount: number;
  readonly compareAtAmount: number | null;
}

export interface GeneratedVariant {
  readonly sku: string;
  /** Option name → value, one entry per product option; empty for a product without options. */
  readonly optionValues: Readonly<Record<string, string>>;
  readonly weightGrams: number;
  /** EAN-13 with a valid check digit. */
  readonly barcode: string;
  readonly prices: readonly GeneratedPrice[];
  readonly inStock: boolean;
}

export interface GeneratedImage {
  readonly url: string;
  readonly alt: string;
}

export interface GeneratedProduct {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly brandSlug: string;
  readonly status: ProductStatus;
  readonly seoTitle: string;
  readonly seoDescription: string;
  /** Leaf category slugs: one, sometimes two. */
  readonly categorySlugs: readonly string[];
  readonly options: ReadonlyArray<{ readonly name: string; readonly values: readonly string[] }>;
  readonly variants: readonly GeneratedVariant[];
  readonly images: readonly GeneratedImage[];
  readonly attributes: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  /** How long before the load the product was created, in minutes (the loader anchors it to a clock). Distinct per product. */
  readonly ageMinutes: number;
  readonly placeholderKind: PlaceholderKind;
}

export interface GenerateCatalogOptions {
  /** Any 32-bit integer; the same seed and size give a byte-identical catalog. */
  readonly seed: number;
  /** How many products (0 to 200,000). */
  readonly products: number;
}
