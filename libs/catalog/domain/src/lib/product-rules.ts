import type { Money } from '@emporium/money';
import type { ProductStatus } from './product';
import type { Check } from './result';
import { isValidSlug } from './slug';
import type { VariantStatus } from './variant-matrix';

/** What publishing looks at: the product's own fields and, per variant, its status and prices. */
export interface PublishCandidate {
  readonly title: string;
  readonly slug: string;
  readonly variants: readonly { readonly sku: string; readonly status: VariantStatus; readonly prices: readonly Money[] }[];
}

/** Why a product cannot go live yet — every reason at once, so the editor can list them. */
export type PublishBlocker =
  | { readonly type: 'MissingTitle' }
  | { readonly type: 'InvalidSlug'; readonly slug: string }
  | { readonly type: 'NoActiveVariant' }
  | { readonly type: 'VariantWithoutPrice'; readonly sku: string };

export type StatusTransitionError = {
  readonly type: 'TransitionNotAllowed';
  readonly from: ProductStatus;
  readonly to: ProductStatus;
};

/**
 * Whether a product has what a shopper needs to buy it: a title, a valid slug, at least one active variant, and
 * a price (in any currency) on every active variant. Archived variants are not sold, so they need no price.
 */
export function canPublish(product: PublishCandidate): Check<readonly PublishBlocker[]> {
  const blockers: PublishBlocker[] = [];
  if (product.title.trim().length === 0) blockers.push({ type: 'MissingTitle' });
  if (!isValidSlug(product.slug)) blockers.push({ type: 'InvalidSlug', slug: product.slug });
  const active = product.variants.filter((variant) => variant.status === 'active');
  if (active.length === 0) blockers.push({ type: 'NoActiveVariant' });
  for (const variant of active) {
    if (variant.prices.length === 0) blockers.push({ type: 'VariantWithoutPrice', sku: variant.sku });
  }
  return blockers.length === 0 ? { ok: true } : { ok: false, error: blockers };
}

/**
 * The moves a merchant may make: publish a draft, archive a draft or a live product, take a live product back to
 * draft to rework it, restore an archived one. An archived product goes back live, never to draft, and staying
 * put is not a transition. Publishing also needs `canPublish`.
 */
const ALLOWED_TRANSITIONS: Readonly<Record<ProductStatus, readonly ProductStatus[]>> = {
  draft: ['active', 'archived'],
  active: ['archived', 'draft'],
  archived: ['active'],
};

/** The statuses a product may move to from `from` — which buttons the product editor shows. */
export function nextStatuses(from: ProductStatus): readonly ProductStatus[] {
  return ALLOWED_TRANSITIONS[from];
}

export function statusTransition(from: ProductStatus, to: ProductStatus): Check<StatusTransitionError> {
  return ALLOWED_TRANSITIONS[from].includes(to) ? { ok: true } : { ok: false, error: { type: 'TransitionNotAllowed', from, to } };
}
