import type { FieldError } from './listing-query';
import type { PublishBlocker } from './product-rules';
import type { Result } from './result';

/** The things staff edit by id. */
export type CatalogEntity = 'product' | 'variant' | 'option' | 'image' | 'category' | 'collection';

/**
 * Why a staff edit of the catalog was refused. The router turns each into a typed error: `NotFound` → NOT_FOUND,
 * `InvalidFields` → BAD_REQUEST with field paths, the others → CONFLICT with a reason the editor can switch on.
 */
export type CatalogEditError =
  /** The id the edit is about names nothing. */
  | { readonly type: 'NotFound'; readonly entity: CatalogEntity; readonly id: string }
  /** Input of the right shape that breaks a rule or clashes with what is stored (a slug or SKU taken). */
  | { readonly type: 'InvalidFields'; readonly fields: readonly FieldError[] }
  /** The edit would leave a live product without what publishing requires; unpublish it first to rework it. */
  | { readonly type: 'LiveProductIncomplete'; readonly blockers: readonly PublishBlocker[] }
  /** A category with subcategories or products is not deleted; they are moved first. */
  | { readonly type: 'CategoryNotEmpty'; readonly children: number; readonly products: number };

export type EditResult<T> = Result<T, CatalogEditError>;

export function edited<T>(value: T): EditResult<T> {
  return { ok: true, value };
}

export function notFound(entity: CatalogEntity, id: string): { readonly ok: false; readonly error: CatalogEditError } {
  return { ok: false, error: { type: 'NotFound', entity, id } };
}

export function invalidFields(fields: readonly FieldError[]): { readonly ok: false; readonly error: CatalogEditError } {
  return { ok: false, error: { type: 'InvalidFields', fields } };
}
