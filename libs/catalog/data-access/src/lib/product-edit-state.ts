import { sql } from 'kysely';
import type { CurrencyCode, Money } from '@emporium/money';
import type { ProductOption, ProductStatus, PublishCandidate, VariantDefinition, VariantStatus } from '@emporium/catalog-domain';
import type { DbTransaction } from '@emporium/platform-db';
import { catalogDb } from './catalog.tables';

export interface EditableOption {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  readonly values: ReadonlyArray<{ readonly id: string; readonly value: string; readonly position: number }>;
}

export interface EditableVariant {
  readonly id: string;
  readonly sku: string;
  readonly status: VariantStatus;
  readonly position: number;
  /** Option name → value. */
  readonly optionValues: Readonly<Record<string, string>>;
  readonly prices: readonly Money[];
}

/** A product as the variant and publishing rules see it, read under the product's row lock. */
export interface ProductEditState {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly status: ProductStatus;
  readonly options: readonly EditableOption[];
  readonly variants: readonly EditableVariant[];
}

/**
 * Locks a product's row and reads its options, variants and prices. Every edit of a product's options, variants,
 * prices or images takes this lock first, so concurrent edits of one product queue instead of interleaving (two
 * editors cannot each add "the only" variant with the same options) and locks are always taken product first.
 * Null when there is no such product.
 */
export async function lockProductForEdit(trx: DbTransaction, productId: string): Promise<ProductEditState | null> {
  const db = catalogDb(trx);
  const product = await db.selectFrom('product').select(['id', 'slug', 'title', 'status']).where('id', '=', productId).forUpdate().executeTakeFirst();
  if (!product) return null;
  const [options, values, variants, links, prices] = await Promise.all([
    db.selectFrom('product_option').select(['id', 'name', 'position']).where('product_id', '=', productId).orderBy('position').orderBy('name').execute(),
    db
      .selectFrom('option_value as ov')
      .innerJoin('product_option as o', 'o.id', 'ov.option_id')
      .select(['ov.id', 'ov.option_id', 'ov.value', 'ov.position'])
      .where('o.product_id', '=', productId)
      .orderBy('ov.position')
      .orderBy('ov.value')
      .execute(),
    db.selectFrom('variant').select(['id', 'sku', 'status', 'position']).where('product_id', '=', productId).orderBy('position').orderBy('created_at').execute(),
    db
      .selectFrom('variant_option_value as vov')
      .innerJoin('variant as v', 'v.id', 'vov.variant_id')
      .innerJoin('option_value as ov', 'ov.id', 'vov.option_value_id')
      .innerJoin('product_option as o', 'o.id', 'ov.option_id')
      .select(['vov.variant_id', 'o.name', 'ov.value'])
      .where('v.product_id', '=', productId)
      .execute(),
    db
      .selectFrom('price as pr')
      .innerJoin('variant as v', 'v.id', 'pr.variant_id')
      .select(['pr.variant_id', 'pr.currency', 'pr.amount'])
      .where('v.product_id', '=', productId)
      .orderBy('pr.currency')
      .execute(),
  ]);
  return {
    ...product,
    options: options.map((option) => ({
      ...option,
      values: values.filter((value) => value.option_id === option.id).map(({ id, value, position }) => ({ id, value, position })),
    })),
    variants: variants.map((variant) => ({
      ...variant,
      optionValues: Object.fromEntries(links.filter((link) => link.variant_id === variant.id).map((link) => [link.name, link.value])),
      prices: prices.filter((price) => price.variant_id === variant.id).map((price) => ({ amount: Number(price.amount), currency: price.currency as CurrencyCode })),
    })),
  };
}

/** The product's options as catalog-domain's rules take them. */
export function productOptions(options: readonly EditableOption[]): ProductOption[] {
  return options.map((option) => ({ name: option.name, values: option.values.map((value) => value.value) }));
}

export function variantDefinitions(variants: readonly EditableVariant[]): VariantDefinition[] {
  return variants.map(({ sku, optionValues, status }) => ({ sku, optionValues, status }));
}

export function publishCandidate(state: Pick<ProductEditState, 'title' | 'slug'>, variants: readonly EditableVariant[]): PublishCandidate {
  return { title: state.title, slug: state.slug, variants: variants.map(({ sku, status, prices }) => ({ sku, status, prices })) };
}

/** Option name → value → option value id, for linking variants. */
export function valueIdsByName(options: readonly EditableOption[]): Map<string, Map<string, string>> {
  return new Map(options.map((option) => [option.name, new Map(option.values.map((value) => [value.value, value.id]))]));
}

/** Takes the product's row lock without reading its variants: for edits the variant rules do not look at. */
export async function lockProduct(trx: DbTransaction, productId: string): Promise<boolean> {
  return (await catalogDb(trx).selectFrom('product').select('id').where('id', '=', productId).forUpdate().executeTakeFirst()) !== undefined;
}

/** The product a variant, option or image belongs to: the lock to take before changing it. */
export async function owningProduct(trx: DbTransaction, table: 'variant' | 'product_option' | 'product_image', id: string): Promise<string | null> {
  const row = await catalogDb(trx).selectFrom(table).select('product_id').where('id', '=', id).executeTakeFirst();
  return row?.product_id ?? null;
}

/** Marks the product changed, so the staff list shows it first. */
export async function touchProduct(trx: DbTransaction, productId: string): Promise<void> {
  await catalogDb(trx).updateTable('product').set({ updated_at: sql`now()` }).where('id', '=', productId).execute();
}

/** Whether a SKU (compared without case, like the unique index) is held by a variant other than `exceptVariantId`. */
export async function isSkuTaken(trx: DbTransaction, sku: string, exceptVariantId: string | null): Promise<boolean> {
  let query = catalogDb(trx)
    .selectFrom('variant')
    .select('id')
    .where((eb) => eb(eb.fn('upper', ['sku']), '=', sku.toUpperCase()));
  if (exceptVariantId) query = query.where('id', '!=', exceptVariantId);
  return (await query.executeTakeFirst()) !== undefined;
}
