import type { ProductStatus } from './product';
import { canPublish, type PublishBlocker, type PublishCandidate } from './product-rules';
import type { Check } from './result';
import type { VariantProblem } from './variant-matrix';

/** How many ways a product may vary (Size, Colour, Material…): more would make an unbuyable matrix. */
export const MAX_PRODUCT_OPTIONS = 5;
/** Images per product; a gallery past this is a page nobody scrolls. */
export const MAX_PRODUCT_IMAGES = 30;

/** What is wrong with a new order of a list: ids it left out, ids that are not in the list, ids given twice. */
export interface OrderProblem {
  readonly missing: readonly string[];
  readonly unknown: readonly string[];
  readonly repeated: readonly string[];
}

/** Whether `requested` is exactly the ids of `current`, each once, in some order. */
export function checkNewOrder(current: readonly string[], requested: readonly string[]): Check<OrderProblem> {
  const known = new Set(current);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const unknown: string[] = [];
  for (const id of requested) {
    if (seen.has(id)) repeated.add(id);
    else if (!known.has(id)) unknown.push(id);
    seen.add(id);
  }
  const missing = current.filter((id) => !seen.has(id));
  return missing.length || unknown.length || repeated.size ? { ok: false, error: { missing, unknown, repeated: [...repeated] } } : { ok: true };
}

/**
 * A live product must stay sellable whatever staff change (the same test as publishing: `canPublish`); drafts and
 * archived products may be incomplete while they are reworked. So archiving a live product's last active variant,
 * or removing an active variant's last price, is refused until the product is taken back to draft.
 */
export function checkLiveProduct(status: ProductStatus, candidate: PublishCandidate): Check<readonly PublishBlocker[]> {
  return status === 'active' ? canPublish(candidate) : { ok: true };
}

export type CategoryDeletionError = { readonly type: 'CategoryNotEmpty'; readonly children: number; readonly products: number };

/**
 * Only an empty category is deleted. Deleting one with subcategories or products would either take them along
 * (products silently vanish from the shop's navigation) or have to guess where they go; staff move them first,
 * which is explicit and can be undone.
 */
export function canDeleteCategory(usage: { readonly children: number; readonly products: number }): Check<CategoryDeletionError> {
  return usage.children === 0 && usage.products === 0 ? { ok: true } : { ok: false, error: { type: 'CategoryNotEmpty', ...usage } };
}

/** A variant problem in words, naming variants by SKU (an editor shows variants by SKU, not by position). */
export function describeVariantProblem(problem: VariantProblem, skuAt: (variantIndex: number) => string): string {
  switch (problem.type) {
    case 'DuplicateOptionName':
      return `there is already an option "${problem.option}"`;
    case 'DuplicateOptionValue':
      return `option "${problem.option}" lists "${problem.value}" twice`;
    case 'MissingOptionValue':
      return `${skuAt(problem.variantIndex)} needs a value for "${problem.option}"`;
    case 'UnknownOption':
      return `"${problem.option}" is not one of the product's options`;
    case 'UnknownOptionValue':
      return `"${problem.value}" is not a value of "${problem.option}"`;
    case 'DuplicateCombination':
      return `${problem.variantIndexes.map(skuAt).join(' and ')} would have the same options; archive one of them first`;
    case 'InvalidSku':
      return 'must be 1–64 letters, digits, dots, hyphens or underscores';
    case 'DuplicateSku':
      return `SKU "${problem.sku}" is used by another variant`;
  }
}
