import { sql } from 'kysely';
import type { DbTransaction } from '@emporium/platform-db';
import { edited, type EditResult, type FieldError, invalidFields, notFound, type ProductStatus } from '@emporium/catalog-domain';
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
  /** Which tax rate applies; the database's default (`standard`) when absent. */
  readonly taxClass?: string;
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
      ...(draft.taxClass !== undefined ? { tax_class: draft.taxClass } : {}),
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

/** What staff may change of a product's own fields; absent fields stay as they are. */
export interface ProductChanges {
  readonly slug?: string;
  readonly title?: string;
  readonly description?: string;
  /** A brand's slug, or null for none. */
  readonly brand?: string | null;
  readonly seoTitle?: string | null;
  readonly seoDescription?: string | null;
  readonly taxClass?: string;
  /** Replaces the product's attributes. */
  readonly attributes?: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  /** Replaces the product's categories. */
  readonly categoryIds?: readonly string[];
}

/**
 * Changes a product's fields, attributes and categories under its row lock, and brings its search document and
 * listing entries up to date, in the caller's transaction. A slug taken by another product, an unknown brand or
 * unknown categories are reported together as field problems before anything is written.
 */
export async function updateProduct(trx: DbTransaction, productId: string, changes: ProductChanges): Promise<EditResult<{ readonly updatedAt: Date }>> {
  const db = catalogDb(trx);
  const product = await db.selectFrom('product').select('id').where('id', '=', productId).forUpdate().executeTakeFirst();
  if (!product) return notFound('product', productId);

  const problems: FieldError[] = [];
  if (changes.slug !== undefined) {
    const holder = await db.selectFrom('product').select('id').where('slug', '=', changes.slug).where('id', '!=', productId).executeTakeFirst();
    if (holder) problems.push({ path: 'slug', message: 'is already used by another product' });
  }
  let brandId: string | null | undefined;
  if (changes.brand !== undefined) {
    brandId = changes.brand === null ? null : ((await db.selectFrom('brand').select('id').where('slug', '=', changes.brand).executeTakeFirst())?.id ?? undefined);
    if (brandId === undefined) problems.push({ path: 'brand', message: `no brand "${changes.brand}"` });
  }
  const categoryIds = changes.categoryIds ? [...new Set(changes.categoryIds)] : undefined;
  if (categoryIds?.length) {
    const found = new Set((await db.selectFrom('category').select('id').where('id', 'in', categoryIds).execute()).map((row) => row.id));
    for (const id of categoryIds.filter((candidate) => !found.has(candidate))) problems.push({ path: 'categoryIds', message: `no category ${id}` });
  }
  if (problems.length > 0) return invalidFields(problems);

  const { updated_at: updatedAt } = await db
    .updateTable('product')
    .set({
      ...(changes.slug !== undefined ? { slug: changes.slug } : {}),
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(brandId !== undefined ? { brand_id: brandId } : {}),
      ...(changes.seoTitle !== undefined ? { seo_title: changes.seoTitle } : {}),
      ...(changes.seoDescription !== undefined ? { seo_description: changes.seoDescription } : {}),
      ...(changes.taxClass !== undefined ? { tax_class: changes.taxClass } : {}),
      updated_at: sql`now()`,
    })
    .where('id', '=', productId)
    .returning('updated_at')
    .executeTakeFirstOrThrow();
  if (changes.attributes) {
    await db.deleteFrom('product_attribute').where('product_id', '=', productId).execute();
    const distinct = [...new Map(changes.attributes.map((attribute) => [`${attribute.name}\u0000${attribute.value}`, attribute])).values()];
    if (distinct.length > 0) await db.insertInto('product_attribute').values(distinct.map((attribute) => ({ product_id: productId, name: attribute.name, value: attribute.value }))).execute();
  }
  if (categoryIds) {
    await db.deleteFrom('product_category').where('product_id', '=', productId).execute();
    if (categoryIds.length > 0) await db.insertInto('product_category').values(categoryIds.map((categoryId) => ({ product_id: productId, category_id: categoryId }))).execute();
  }
  await refreshListingModels(trx, [productId]);
  return edited({ updatedAt });
}
