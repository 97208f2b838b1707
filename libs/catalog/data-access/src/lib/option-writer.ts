import { sql } from 'kysely';
import {
  describeVariantProblem,
  edited,
  type EditResult,
  type FieldError,
  invalidFields,
  MAX_PRODUCT_OPTIONS,
  notFound,
  validateVariants,
} from '@emporium/catalog-domain';
import type { DbTransaction } from '@emporium/platform-db';
import { catalogDb } from './catalog.tables';
import { type EditableVariant, lockProductForEdit, owningProduct, type ProductEditState, productOptions, touchProduct, variantDefinitions } from './product-edit-state';
import { refreshListingEntries } from './read-models';

const sameName = (a: string, b: string) => a.toLocaleLowerCase('en') === b.toLocaleLowerCase('en');

async function lockOptionOwner(trx: DbTransaction, optionId: string): Promise<{ state: ProductEditState; optionIndex: number } | null> {
  const productId = await owningProduct(trx, 'product_option', optionId);
  const state = productId ? await lockProductForEdit(trx, productId) : null;
  const optionIndex = state?.options.findIndex((option) => option.id === optionId) ?? -1;
  return state && optionIndex >= 0 ? { state, optionIndex } : null;
}

async function finish(trx: DbTransaction, productId: string): Promise<void> {
  await touchProduct(trx, productId);
  await refreshListingEntries(trx, [productId]);
}

/**
 * Adds an option (Size, Colour…) with its values. Variants that exist already take its first value, so they stay
 * complete and distinct; staff then change or add variants for the other values.
 */
export async function addOption(trx: DbTransaction, productId: string, option: { readonly name: string; readonly values: readonly string[] }): Promise<EditResult<{ readonly id: string }>> {
  const state = await lockProductForEdit(trx, productId);
  if (!state) return notFound('product', productId);
  if (state.options.length >= MAX_PRODUCT_OPTIONS) return invalidFields([{ path: '', message: `a product has at most ${MAX_PRODUCT_OPTIONS} options` }]);
  if (state.options.some((existing) => sameName(existing.name, option.name))) return invalidFields([{ path: 'name', message: `there is already an option "${option.name}"` }]);

  const db = catalogDb(trx);
  const position = Math.max(-1, ...state.options.map((existing) => existing.position)) + 1;
  const { id } = await db.insertInto('product_option').values({ product_id: productId, name: option.name, position }).returning('id').executeTakeFirstOrThrow();
  const values = await db
    .insertInto('option_value')
    .values(option.values.map((value, index) => ({ option_id: id, value, position: index })))
    .returning(['id', 'position'])
    .execute();
  const first = values.find((value) => value.position === 0);
  if (first && state.variants.length > 0) {
    await db.insertInto('variant_option_value').values(state.variants.map((variant) => ({ variant_id: variant.id, option_value_id: first.id }))).execute();
  }
  await finish(trx, productId);
  return edited({ id });
}

export async function renameOption(trx: DbTransaction, optionId: string, name: string): Promise<EditResult<{ readonly id: string }>> {
  const owner = await lockOptionOwner(trx, optionId);
  if (!owner) return notFound('option', optionId);
  if (owner.state.options.some((option) => option.id !== optionId && sameName(option.name, name))) return invalidFields([{ path: 'name', message: `there is already an option "${name}"` }]);
  await catalogDb(trx).updateTable('product_option').set({ name }).where('id', '=', optionId).execute();
  await finish(trx, owner.state.id);
  return edited({ id: optionId });
}

/**
 * Removes an option and its values from the product and its variants. Refused when two active variants would then
 * be the same (Red/M and Blue/M without Colour): archive one of them first.
 */
export async function removeOption(trx: DbTransaction, optionId: string): Promise<EditResult<{ readonly id: string }>> {
  const owner = await lockOptionOwner(trx, optionId);
  if (!owner) return notFound('option', optionId);
  const { state, optionIndex } = owner;
  const name = state.options[optionIndex]?.name ?? '';
  const options = state.options.filter((_, index) => index !== optionIndex);
  const variants: EditableVariant[] = state.variants.map((variant) => ({
    ...variant,
    optionValues: Object.fromEntries(Object.entries(variant.optionValues).filter(([option]) => option !== name)),
  }));
  const problems = validateVariants(productOptions(options), variantDefinitions(variants)).filter((problem) => problem.type === 'DuplicateCombination');
  if (problems.length > 0) return invalidFields(problems.map((problem) => ({ path: 'id', message: describeVariantProblem(problem, (index) => variants[index]?.sku ?? '?') })));
  await catalogDb(trx).deleteFrom('product_option').where('id', '=', optionId).execute();
  await finish(trx, state.id);
  return edited({ id: optionId });
}

/**
 * Sets an option's values, in display order: entries with an id keep (and may rename) that value, entries without
 * one are new, and values left out are removed. A value an active variant uses is not removed (archive or change
 * the variant first); archived variants simply lose it. Renaming a value renames it on every variant that has it.
 */
export async function setOptionValues(
  trx: DbTransaction,
  optionId: string,
  values: ReadonlyArray<{ readonly id?: string; readonly value: string }>,
): Promise<EditResult<{ readonly id: string }>> {
  const owner = await lockOptionOwner(trx, optionId);
  if (!owner) return notFound('option', optionId);
  const option = owner.state.options[owner.optionIndex];
  if (!option) return notFound('option', optionId);

  const problems: FieldError[] = [];
  const kept = new Set<string>();
  values.forEach((entry, index) => {
    if (entry.id === undefined) return;
    if (option.values.some((value) => value.id === entry.id)) kept.add(entry.id);
    else problems.push({ path: `values.${index}.id`, message: `not a value of "${option.name}"` });
  });
  const removed = option.values.filter((value) => !kept.has(value.id));
  for (const value of removed) {
    const users = owner.state.variants.filter((variant) => variant.status === 'active' && variant.optionValues[option.name] === value.value);
    if (users.length > 0) {
      problems.push({ path: 'values', message: `"${value.value}" is used by ${users.map((variant) => variant.sku).join(', ')}; archive or change those variants first` });
    }
  }
  if (problems.length > 0) return invalidFields(problems);

  const db = catalogDb(trx);
  if (removed.length > 0) await db.deleteFrom('option_value').where('id', 'in', removed.map((value) => value.id)).execute();
  // Two steps, so swapping two values' names never trips the (option, value) unique constraint halfway.
  if (kept.size > 0) await db.updateTable('option_value').set({ value: sql`chr(31) || id::text` }).where('id', 'in', [...kept]).execute();
  for (const [position, entry] of values.entries()) {
    if (entry.id === undefined) await db.insertInto('option_value').values({ option_id: optionId, value: entry.value, position }).execute();
    else await db.updateTable('option_value').set({ value: entry.value, position }).where('id', '=', entry.id).execute();
  }
  await finish(trx, owner.state.id);
  return edited({ id: optionId });
}
