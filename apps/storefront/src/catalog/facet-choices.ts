import type { FacetCategory, SearchFacets } from '../products/product-types';

/** One tickable value in the sidebar. */
export interface FacetChoice {
  /** What the filter sends (a brand slug, an option value). */
  readonly value: string;
  readonly label: string;
  /** Results picking it would give, with every other filter kept. */
  readonly count: number;
  readonly checked: boolean;
}

/**
 * The values to offer for one facet: those the API counted, in its order, then any the URL ticks that no result
 * has any more (count 0) — a ticked box must stay on screen, or the shopper could never untick it.
 */
export function facetChoices(
  counted: ReadonlyArray<{ readonly value: string; readonly label?: string; readonly count: number }>,
  selected: readonly string[],
): FacetChoice[] {
  const ticked = new Set(selected);
  const choices: FacetChoice[] = counted.map(({ value, label, count }) => ({ value, label: label ?? value, count, checked: ticked.has(value) }));
  const shown = new Set(counted.map(({ value }) => value));
  for (const value of selected) if (!shown.has(value)) choices.push({ value, label: value, count: 0, checked: true });
  return choices;
}

/** The facet names to show: those counted, then any the URL filters by that has no counted values any more. */
export function facetNames(counted: ReadonlyArray<{ readonly name: string }>, selected: Readonly<Record<string, readonly string[]>>): string[] {
  const names = counted.map(({ name }) => name);
  for (const name of Object.keys(selected)) if (!names.includes(name)) names.push(name);
  return names;
}

export interface PriceChoice {
  readonly priceMin: number | undefined;
  /** Inclusive, as the API takes it; a bucket's `to` is exclusive, so this is `to - 1`. */
  readonly priceMax: number | undefined;
  /** The bucket's bounds for the label ("$25.00 – $50.00"); null for a range that came from the URL. */
  readonly bucket: { readonly from: number; readonly to: number } | null;
  readonly count: number | null;
  readonly checked: boolean;
}

/**
 * The price buckets as choices, one at a time (the API filters by one range). Empty buckets are left out — picking
 * one could only show nothing — unless ticked. A range in the URL that is no bucket (typed by hand, or from buckets
 * that have since moved) is offered as its own choice, so it can be seen and undone.
 */
export function priceChoices(
  buckets: ReadonlyArray<{ readonly from: number; readonly to: number; readonly count: number }>,
  priceMin: number | undefined,
  priceMax: number | undefined,
): { readonly choices: PriceChoice[]; readonly custom: PriceChoice | null } {
  const choices = buckets.map((bucket) => ({
    priceMin: bucket.from,
    priceMax: bucket.to - 1,
    bucket: { from: bucket.from, to: bucket.to },
    count: bucket.count,
    checked: priceMin === bucket.from && priceMax === bucket.to - 1,
  })).filter((choice) => choice.count > 0 || choice.checked);
  const ranged = priceMin !== undefined || priceMax !== undefined;
  const custom = ranged && !choices.some((choice) => choice.checked) ? { priceMin, priceMax, bucket: null, count: null, checked: true } : null;
  return { choices, custom };
}

export interface CategoryFacetNode {
  readonly slug: string;
  readonly name: string;
  readonly count: number;
  readonly children: readonly CategoryFacetNode[];
}

/** Levels of categories shown at once: the next one down and the one below it. Deeper ones are a click away. */
export const CATEGORY_FACET_DEPTH = 2;

/**
 * The categories to offer, nested two levels deep: under a category page, its subcategories and theirs; elsewhere,
 * the top-level categories and theirs. Only categories holding a match are counted by the API, so empty branches
 * never show.
 */
export function categoryBranch(categories: readonly FacetCategory[], current: string | undefined, depth = CATEGORY_FACET_DEPTH): readonly CategoryFacetNode[] {
  const childrenOf = new Map<string | null, FacetCategory[]>();
  for (const category of categories) {
    const siblings = childrenOf.get(category.parentId) ?? [];
    siblings.push(category);
    childrenOf.set(category.parentId, siblings);
  }
  // `levels` counts down to the deepest level shown; the seen-set guards against a malformed tree looping.
  const build = (category: FacetCategory, seen: ReadonlySet<string>, levels: number): CategoryFacetNode => ({
    slug: category.slug,
    name: category.name,
    count: category.count,
    children:
      levels <= 1
        ? []
        : (childrenOf.get(category.id) ?? []).filter((child) => !seen.has(child.id)).map((child) => build(child, new Set([...seen, child.id]), levels - 1)),
  });
  if (current === undefined) {
    const ids = new Set(categories.map((category) => category.id));
    const roots = categories.filter((category) => category.parentId === null || !ids.has(category.parentId));
    return roots.map((root) => build(root, new Set([root.id]), depth));
  }
  const here = categories.find((category) => category.slug === current);
  return here ? build(here, new Set([here.id]), depth + 1).children : [];
}

/** True when the facets offer nothing to filter by at all. */
export function facetsAreEmpty(facets: SearchFacets | null | undefined): boolean {
  if (!facets) return true;
  const { brands, categories, prices, options, attributes } = facets;
  return brands.length + categories.length + prices.length + options.length + attributes.length === 0;
}
