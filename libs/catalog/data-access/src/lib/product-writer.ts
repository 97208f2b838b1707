import type { DbTransaction } from '@emporium/platform-db';
import type { ProductStatus } from '@emporium/catalog-domain';
import { catalogDb } from './catalog.tables';
import { refreshListingModels } from './read-models';

export interface PriceDraft {
  readonly currency: string;
  readonly amount: number;
  readonly compareAtAmount?: number | null;
}

export interface VariantDraft {
  readonly id?: string;
  readonly sku: string;
  /** Option name → value, one entry per product option. */
  readonly optionValues: Readonly<Record<string, string>>;
  readonly weightGrams?: number;
  readonly barcode?: string | null;
  readonly status?: 'active' | 'archived';
  readonly prices: readonly PriceDraft[];
}

/** A whole product as staff (or the seed, or an import) describe it. */
export interface ProductDraft {
  readonly id?: string;
  readonly slug: string;
  readonly title: string;
  readonly description?: string;
  readonly brandId?: string | null;
  readonly status?: ProductStatus;
  readonly seoTitle?: string | null;
  readonly seoDescription?: string | null;
  readonly options: ReadonlyArray<{ readonly name: string; readonly values: readonly string[] }>;
  readonly variants: readonly VariantDraft[];
  readonly categoryIds?: readonly string[];
  readonly images?: ReadonlyArray<{ readonly url: string; readonly alt?: string }>;
  readonly attributes?: ReadonlyArray<{ readonly name: string; readonly value: string }>;
}

/**
 * Inserts a product with its options, variants, prices, categories, images and attributes, and brings its read
 * models (search document, price ranges) up to date — all in the caller's transaction. Returns the product id.
 * Drafts are expected to be validated already (catalog-domain's rules); the database's constraints are the backstop.
 */
export async function insertProduct(trx: DbTransaction, draft: ProductDraft): Promise<string> {
  const db = catalogDb(trx);
  const status = draft.status ?? 'draft';
  const { id: productId } = await db
    .insertInto('product')
    .values({
      ...(draft.id ? { id: draft.id } : {}),
      slug: draft.slug,
      title: draft.title,
      description: draft.description ?? '',
      brand_id: draft.brandId ?? null,
      status,
      seo_title: draft.seoTitle ?? null,
      seo_description: draft.seoDescription ?? null,
      published_at: status === 'active' ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const valueIds = new Map<string, string>();
  for (const [optionIndex, option] of draft.options.entries()) {
    const { id: optionId } = await db
      .insertInto('product_option')
      .values({ product_id: productId, name: option.name, position: optionIndex })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (option.values.length === 0) continue;
    const values = await db
      .insertInto('option_value')
      .values(option.values.map((value, position) => ({ option_id: optionId, value, position })))
      .returning(['id', 'value'])
      .execute();
    for (const row of values) valueIds.set(`${option.name}\u0000${row.value}`, row.id);
  }

  for (const [position, variant] of draft.variants.entries()) {
    const { id: variantId } = await db
      .insertInto('variant')
      .values({
        ...(variant.id ? { id: variant.id } : {}),
        product_id: productId,
        sku: variant.sku,
        weight_grams: variant.weightGrams ?? 0,
        barcode: variant.barcode ?? null,
        status: variant.status ?? 'active',
        position,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const links = Object.entries(variant.optionValues).map(([name, value]) => {
      const optionValueId = valueIds.get(`${name}\u0000${value}`);
      if (!optionValueId) throw new Error(`Variant ${variant.sku} names an unknown option value ${name}=${value}`);
      return { variant_id: variantId, option_value_id: optionValueId };
    });
    if (links.length > 0) await db.insertInto('variant_option_value').values(links).execute();
    if (variant.prices.length > 0) {
      await db
        .insertInto('price')
        .values(variant.prices.map((price) => ({ variant_id: variantId, currency: price.currency, amount: price.amount, compare_at_amount: price.compareAtAmount ?? null })))
        .execute();
    }
  }

  if (draft.categoryIds?.length) {
    await db.insertInto('product_category').values(draft.categoryIds.map((categoryId) => ({ product_id: productId, category_id: categoryId }))).execute();
  }
  if (draft.images?.length) {
    await db.insertInto('product_image').values(draft.images.map((image, position) => ({ product_id: productId, url: image.url, alt: image.alt ?? '', position }))).execute();
  }
  if (draft.attributes?.length) {
    await db.insertInto('product_attribute').values(draft.attributes.map((attribute) => ({ product_id: productId, ...attribute }))).execute();
  }
  await refreshListingModels(trx, [productId]);
  return productId;
}
