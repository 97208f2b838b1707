import { sql } from 'kysely';
import type { CurrencyCode } from '@emporium/money';
import {
  checkLiveProduct,
  describeVariantProblem,
  edited,
  type EditResult,
  type FieldError,
  invalidFields,
  notFound,
  validateVariants,
  type VariantProblem,
  type VariantStatus,
} from '@emporium/catalog-domain';
import type { DbTransaction } from '@emporium/platform-db';
import { catalogDb } from './catalog.tables';
import type { PriceDraft } from './product-writer';
import {
  type EditableVariant,
  isSkuTaken,
  lockProductForEdit,
  owningProduct,
  type ProductEditState,
  productOptions,
  publishCandidate,
  touchProduct,
  valueIdsByName,
  variantDefinitions,
} from './product-edit-state';
import { refreshListingEntries } from './read-models';

export interface NewVariant {
  readonly sku: string;
  /** Option name → value, one per product option. */
  readonly optionValues: Readonly<Record<string, string>>;
  readonly barcode?: string | null;
  readonly weightGrams?: number;
  readonly prices: readonly PriceDraft[];
}

export interface VariantChanges {
  readonly sku?: string;
  /** Replaces the variant's option values. */
  readonly optionValues?: Readonly<Record<string, string>>;
  readonly barcode?: string | null;
  readonly weightGrams?: number;
}

/** The problems of variant `index` (the one being edited), as fields of the edit's input. */
function problemsOf(state: ProductEditState, variants: readonly EditableVariant[], index: number): FieldError[] {
  const mine = (problem: VariantProblem): boolean =>
    'variantIndex' in problem ? problem.variantIndex === index : 'variantIndexes' in problem ? problem.variantIndexes.includes(index) : false;
  const skuAt = (position: number) => variants[position]?.sku ?? '?';
  return validateVariants(productOptions(state.options), variantDefinitions(variants))
    .filter(mine)
    .map((problem) => ({ path: problem.type === 'InvalidSku' || problem.type === 'DuplicateSku' ? 'sku' : 'optionValues', message: describeVariantProblem(problem, skuAt) }));
}

/** Option value ids for a selection, or the names that do not resolve (values an archived variant may no longer have). */
function linksFor(state: ProductEditState, optionValues: Readonly<Record<string, string>>): { ids: string[]; unknown: string[] } {
  const byName = valueIdsByName(state.options);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const [name, value] of Object.entries(optionValues)) {
    const id = byName.get(name)?.get(value);
    if (id) ids.push(id);
    else unknown.push(`${name}: ${value}`);
  }
  return { ids, unknown };
}

async function lockVariantOwner(trx: DbTransaction, variantId: string): Promise<{ state: ProductEditState; index: number } | null> {
  const productId = await owningProduct(trx, 'variant', variantId);
  const state = productId ? await lockProductForEdit(trx, productId) : null;
  const index = state?.variants.findIndex((variant) => variant.id === variantId) ?? -1;
  return state && index >= 0 ? { state, index } : null;
}

async function finish(trx: DbTransaction, productId: string): Promise<void> {
  await touchProduct(trx, productId);
  await refreshListingEntries(trx, [productId]);
}

/** The live-product rule over the product's variants after an edit. */
function liveCheck(state: ProductEditState, variants: readonly EditableVariant[]): EditResult<null> {
  const check = checkLiveProduct(state.status, publishCandidate(state, variants));
  return check.ok ? edited(null) : { ok: false, error: { type: 'LiveProductIncomplete', blockers: check.error } };
}

/** Adds an active variant at the end of the product's list. A variant of a live product goes on sale at once, so it needs a price. */
export async function createVariant(trx: DbTransaction, productId: string, draft: NewVariant): Promise<EditResult<{ readonly id: string }>> {
  const state = await lockProductForEdit(trx, productId);
  if (!state) return notFound('product', productId);
  const candidate: EditableVariant = {
    id: '',
    sku: draft.sku,
    status: 'active',
    position: Math.max(-1, ...state.variants.map((variant) => variant.position)) + 1,
    optionValues: draft.optionValues,
    prices: draft.prices.map((price) => ({ amount: price.amount, currency: price.currency as CurrencyCode })),
  };
  const variants = [...state.variants, candidate];
  const problems = problemsOf(state, variants, variants.length - 1);
  if (!problems.some((problem) => problem.path === 'sku') && (await isSkuTaken(trx, draft.sku, null))) problems.push({ path: 'sku', message: 'is already used by another variant' });
  if (state.status === 'active' && draft.prices.length === 0) problems.push({ path: 'prices', message: 'a variant of a live product needs a price' });
  if (problems.length > 0) return invalidFields(problems);

  const db = catalogDb(trx);
  const { id } = await db
    .insertInto('variant')
    .values({ product_id: productId, sku: draft.sku, barcode: draft.barcode ?? null, weight_grams: draft.weightGrams ?? 0, status: 'active', position: candidate.position })
    .returning('id')
    .executeTakeFirstOrThrow();
  const links = linksFor(state, draft.optionValues).ids;
  if (links.length > 0) await db.insertInto('variant_option_value').values(links.map((optionValueId) => ({ variant_id: id, option_value_id: optionValueId }))).execute();
  if (draft.prices.length > 0) {
    await db
      .insertInto('price')
      .values(draft.prices.map((price) => ({ variant_id: id, currency: price.currency, amount: price.amount, compare_at_amount: price.compareAtAmount ?? null })))
      .execute();
  }
  await finish(trx, productId);
  return edited({ id });
}

/** A variant's SKU edit: the SKU it had (read under the product's lock) and the one it has now. */
export interface SkuRename {
  readonly from: string;
  readonly to: string;
}

/**
 * Changes a variant's SKU, option values, barcode or weight. Prices have their own procedures. Reports the SKU
 * edit, if any (a change of letter case counts), so the caller can tell the inventory.
 */
export async function updateVariant(
  trx: DbTransaction,
  variantId: string,
  changes: VariantChanges,
): Promise<EditResult<{ readonly id: string; readonly renamed: SkuRename | null }>> {
  const owner = await lockVariantOwner(trx, variantId);
  if (!owner) return notFound('variant', variantId);
  const { state, index } = owner;
  const current = state.variants[index];
  if (!current) return notFound('variant', variantId);
  const next: EditableVariant = { ...current, sku: changes.sku ?? current.sku, optionValues: changes.optionValues ?? current.optionValues };
  const variants = state.variants.map((variant, position) => (position === index ? next : variant));
  const problems = problemsOf(state, variants, index);
  if (changes.sku !== undefined && !problems.some((problem) => problem.path === 'sku') && (await isSkuTaken(trx, changes.sku, variantId))) {
    problems.push({ path: 'sku', message: 'is already used by another variant' });
  }
  const links = changes.optionValues ? linksFor(state, changes.optionValues) : null;
  if (links?.unknown.length && !problems.some((problem) => problem.path === 'optionValues')) {
    problems.push({ path: 'optionValues', message: `not values of the product's options: ${links.unknown.join(', ')}` });
  }
  if (problems.length > 0) return invalidFields(problems);

  const db = catalogDb(trx);
  await db
    .updateTable('variant')
    .set({
      ...(changes.sku !== undefined ? { sku: changes.sku } : {}),
      ...(changes.barcode !== undefined ? { barcode: changes.barcode } : {}),
      ...(changes.weightGrams !== undefined ? { weight_grams: changes.weightGrams } : {}),
      updated_at: sql`now()`,
    })
    .where('id', '=', variantId)
    .execute();
  if (links) {
    await db.deleteFrom('variant_option_value').where('variant_id', '=', variantId).execute();
    if (links.ids.length > 0) await db.insertInto('variant_option_value').values(links.ids.map((optionValueId) => ({ variant_id: variantId, option_value_id: optionValueId }))).execute();
  }
  await finish(trx, state.id);
  return edited({ id: variantId, renamed: changes.sku !== undefined && changes.sku !== current.sku ? { from: current.sku, to: changes.sku } : null });
}

/**
 * Archives a variant (it stops being sold but keeps its SKU, prices and history) or restores it. Restoring checks
 * that its options are still complete and no active variant has taken them; archiving a live product's last
 * active variant is refused.
 */
export async function setVariantStatus(trx: DbTransaction, variantId: string, status: VariantStatus): Promise<EditResult<{ readonly status: VariantStatus }>> {
  const owner = await lockVariantOwner(trx, variantId);
  if (!owner) return notFound('variant', variantId);
  const { state, index } = owner;
  const variants = state.variants.map((variant, position) => (position === index ? { ...variant, status } : variant));
  if (status === 'active') {
    const problems = problemsOf(state, variants, index).map((problem) => ({ ...problem, path: 'status' }));
    if (problems.length > 0) return invalidFields(problems);
  }
  const live = liveCheck(state, variants);
  if (!live.ok) return live;
  await catalogDb(trx).updateTable('variant').set({ status, updated_at: sql`now()` }).where('id', '=', variantId).execute();
  await finish(trx, state.id);
  return edited({ status });
}

/** Sets a variant's price in one currency; the compare-at price ("was") must be above it. */
export async function setVariantPrice(
  trx: DbTransaction,
  change: { readonly variantId: string; readonly currency: string; readonly amount: number; readonly compareAtAmount: number | null },
): Promise<EditResult<{ readonly variantId: string }>> {
  if (change.compareAtAmount !== null && change.compareAtAmount <= change.amount) return invalidFields([{ path: 'compareAtAmount', message: 'must be above the price' }]);
  const owner = await lockVariantOwner(trx, change.variantId);
  if (!owner) return notFound('variant', change.variantId);
  await catalogDb(trx)
    .insertInto('price')
    .values({ variant_id: change.variantId, currency: change.currency, amount: change.amount, compare_at_amount: change.compareAtAmount })
    .onConflict((conflict) => conflict.columns(['variant_id', 'currency']).doUpdateSet((eb) => ({ amount: eb.ref('excluded.amount'), compare_at_amount: eb.ref('excluded.compare_at_amount') })))
    .execute();
  await finish(trx, owner.state.id);
  return edited({ variantId: change.variantId });
}

/**
 * Stops selling a variant in one currency. Removing an active variant's last price while its product is live is
 * refused (the product could no longer be bought); a currency the variant has no price in is left as it is.
 */
export async function removeVariantPrice(trx: DbTransaction, variantId: string, currency: string): Promise<EditResult<{ readonly removed: boolean }>> {
  const owner = await lockVariantOwner(trx, variantId);
  if (!owner) return notFound('variant', variantId);
  const { state, index } = owner;
  const current = state.variants[index];
  if (!current?.prices.some((price) => price.currency === currency)) return edited({ removed: false });
  const variants = state.variants.map((variant, position) => (position === index ? { ...variant, prices: variant.prices.filter((price) => price.currency !== currency) } : variant));
  const live = liveCheck(state, variants);
  if (!live.ok) return live;
  await catalogDb(trx).deleteFrom('price').where('variant_id', '=', variantId).where('currency', '=', currency).execute();
  await finish(trx, state.id);
  return edited({ removed: true });
}
