import type { CurrencyCode } from '@emporium/money';
import { canPublish, nextStatuses, type ProductStatus, type PublishBlocker, type VariantStatus } from '@emporium/catalog-domain';
import type { Database } from '@emporium/platform-db';
import { catalogDb } from './catalog.tables';

export interface StaffPrice {
  readonly currency: string;
  /** Minor units. */
  readonly amount: number;
  readonly compareAtAmount: number | null;
}

export interface StaffVariant {
  readonly id: string;
  readonly sku: string;
  readonly barcode: string | null;
  readonly weightGrams: number;
  readonly status: VariantStatus;
  readonly position: number;
  /** Option name → value. */
  readonly optionValues: Readonly<Record<string, string>>;
  readonly prices: readonly StaffPrice[];
  /** From the inventory projection; a variant inventory has not reported on counts as in stock. */
  readonly inStock: boolean;
}

export interface StaffOption {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  readonly values: ReadonlyArray<{ readonly id: string; readonly value: string; readonly position: number }>;
}

/** Everything the admin product editor shows and edits, whatever the product's status. */
export interface StaffProductDetail {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly status: ProductStatus;
  /** The statuses staff may move it to next (the editor's buttons). */
  readonly nextStatuses: readonly ProductStatus[];
  /** What stops it going live now; empty when it could be published. */
  readonly publishBlockers: readonly PublishBlocker[];
  readonly brand: { readonly id: string; readonly slug: string; readonly name: string } | null;
  readonly seoTitle: string | null;
  readonly seoDescription: string | null;
  /** Which tax rate applies to it (`standard`, `reduced`, `zero`, or a class the shop configured). */
  readonly taxClass: string;
  readonly publishedAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly options: readonly StaffOption[];
  readonly variants: readonly StaffVariant[];
  readonly images: ReadonlyArray<{ readonly id: string; readonly url: string; readonly alt: string; readonly position: number }>;
  readonly categoryIds: readonly string[];
  readonly collectionIds: readonly string[];
  readonly attributes: ReadonlyArray<{ readonly name: string; readonly value: string }>;
}

/** One product of any status with its options, variants, prices, images, categories, collections and attributes. */
export async function findProductForStaff(db: Database, productId: string): Promise<StaffProductDetail | null> {
  const catalog = catalogDb(db);
  const product = await catalog
    .selectFrom('product as p')
    .leftJoin('brand as b', 'b.id', 'p.brand_id')
    .select([
      'p.id',
      'p.slug',
      'p.title',
      'p.description',
      'p.status',
      'p.seo_title',
      'p.seo_description',
      'p.tax_class',
      'p.published_at',
      'p.created_at',
      'p.updated_at',
      'b.id as brand_id',
      'b.slug as brand_slug',
      'b.name as brand_name',
    ])
    .where('p.id', '=', productId)
    .executeTakeFirst();
  if (!product) return null;
  const [options, values, variants, links, prices, images, categories, collections, attributes] = await Promise.all([
    catalog.selectFrom('product_option').select(['id', 'name', 'position']).where('product_id', '=', productId).orderBy('position').orderBy('name').execute(),
    catalog
      .selectFrom('option_value as ov')
      .innerJoin('product_option as o', 'o.id', 'ov.option_id')
      .select(['ov.id', 'ov.option_id', 'ov.value', 'ov.position'])
      .where('o.product_id', '=', productId)
      .orderBy('ov.position')
      .orderBy('ov.value')
      .execute(),
    catalog
      .selectFrom('variant as v')
      .leftJoin('variant_availability as a', 'a.variant_id', 'v.id')
      .select(['v.id', 'v.sku', 'v.barcode', 'v.weight_grams', 'v.status', 'v.position', 'a.in_stock'])
      .where('v.product_id', '=', productId)
      .orderBy('v.position')
      .orderBy('v.created_at')
      .execute(),
    catalog
      .selectFrom('variant_option_value as vov')
      .innerJoin('variant as v', 'v.id', 'vov.variant_id')
      .innerJoin('option_value as ov', 'ov.id', 'vov.option_value_id')
      .innerJoin('product_option as o', 'o.id', 'ov.option_id')
      .select(['vov.variant_id', 'o.name', 'ov.value'])
      .where('v.product_id', '=', productId)
      .execute(),
    catalog
      .selectFrom('price as pr')
      .innerJoin('variant as v', 'v.id', 'pr.variant_id')
      .select(['pr.variant_id', 'pr.currency', 'pr.amount', 'pr.compare_at_amount'])
      .where('v.product_id', '=', productId)
      .orderBy('pr.currency')
      .execute(),
    catalog.selectFrom('product_image').select(['id', 'url', 'alt', 'position']).where('product_id', '=', productId).orderBy('position').orderBy('id').execute(),
    catalog.selectFrom('product_category').select('category_id').where('product_id', '=', productId).orderBy('category_id').execute(),
    catalog.selectFrom('collection_product').select('collection_id').where('product_id', '=', productId).orderBy('collection_id').execute(),
    catalog.selectFrom('product_attribute').select(['name', 'value']).where('product_id', '=', productId).orderBy('name').orderBy('value').execute(),
  ]);

  const variantViews: StaffVariant[] = variants.map((variant) => ({
    id: variant.id,
    sku: variant.sku,
    barcode: variant.barcode,
    weightGrams: variant.weight_grams,
    status: variant.status,
    position: variant.position,
    optionValues: Object.fromEntries(links.filter((link) => link.variant_id === variant.id).map((link) => [link.name, link.value])),
    prices: prices
      .filter((price) => price.variant_id === variant.id)
      .map((price) => ({
        currency: price.currency,
        amount: Number(price.amount),
        compareAtAmount: price.compare_at_amount === null ? null : Number(price.compare_at_amount),
      })),
    inStock: variant.in_stock ?? true,
  }));
  const publishable = canPublish({
    title: product.title,
    slug: product.slug,
    variants: variantViews.map((variant) => ({
      sku: variant.sku,
      status: variant.status,
      prices: variant.prices.map((price) => ({ amount: price.amount, currency: price.currency as CurrencyCode })),
    })),
  });
  return {
    id: product.id,
    slug: product.slug,
    title: product.title,
    description: product.description,
    status: product.status,
    nextStatuses: nextStatuses(product.status),
    publishBlockers: publishable.ok ? [] : publishable.error,
    brand: product.brand_id && product.brand_slug && product.brand_name ? { id: product.brand_id, slug: product.brand_slug, name: product.brand_name } : null,
    seoTitle: product.seo_title,
    seoDescription: product.seo_description,
    taxClass: product.tax_class,
    publishedAt: product.published_at,
    createdAt: product.created_at,
    updatedAt: product.updated_at,
    options: options.map((option) => ({
      ...option,
      values: values.filter((value) => value.option_id === option.id).map(({ id, value, position }) => ({ id, value, position })),
    })),
    variants: variantViews,
    images,
    categoryIds: categories.map((row) => row.category_id),
    collectionIds: collections.map((row) => row.collection_id),
    attributes,
  };
}
