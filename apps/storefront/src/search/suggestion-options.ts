import { categoryPath } from '../catalog/listing-url';
import { productPath } from '../lib/paths';
import type { ProductSummary, Suggestions } from '../products/product-types';

/** One row of the autocomplete list, whatever it suggests. */
export type SuggestionOption =
  | { readonly key: string; readonly kind: 'category'; readonly href: string; readonly label: string }
  | { readonly key: string; readonly kind: 'product'; readonly href: string; readonly label: string; readonly product: ProductSummary };

/** The suggestions in the order they are shown and stepped through with the arrow keys: categories, then products. */
export function suggestionOptions(suggestions: Suggestions): SuggestionOption[] {
  return [
    ...suggestions.categories.map((category) => ({ key: `category:${category.slug}`, kind: 'category' as const, href: categoryPath(category.slug), label: category.name })),
    ...suggestions.products.map((product) => ({ key: `product:${product.slug}`, kind: 'product' as const, href: productPath(product.slug), label: product.title, product })),
  ];
}

/**
 * The option the arrow keys move to: down from the box goes to the first, up to the last, and both wrap around.
 * -1 (none) when there are no options.
 */
export function movedIndex(current: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
