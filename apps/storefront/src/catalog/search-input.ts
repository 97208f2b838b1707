import type { SearchInput } from '../products/product-types';
import { type FacetSelection, inCurrency, type ListingState } from './listing-state';

function mutableSelection(selection: FacetSelection): Record<string, string[]> {
  return Object.fromEntries(Object.entries(selection).map(([name, values]) => [name, [...values]]));
}

/**
 * What `catalog.products.search` is asked for a listing. Empty filters are left out, so the same view always makes
 * the same request (and hits the same cache entry); the page count is not part of it — "Load more" pages through
 * one query with cursors. The currency is part of it, so each currency's results are cached apart; price bounds set
 * in another currency are never sent (see `inCurrency`).
 */
export function searchInput(listing: ListingState, limit: number, currency: string): SearchInput {
  const state = inCurrency(listing, currency);
  return {
    ...(state.q ? { q: state.q } : {}),
    ...(state.category ? { category: state.category } : {}),
    ...(state.brands.length > 0 ? { brands: [...state.brands] } : {}),
    ...(Object.keys(state.options).length > 0 ? { options: mutableSelection(state.options) } : {}),
    ...(Object.keys(state.attributes).length > 0 ? { attributes: mutableSelection(state.attributes) } : {}),
    ...(state.priceMin !== undefined ? { priceMin: state.priceMin } : {}),
    ...(state.priceMax !== undefined ? { priceMax: state.priceMax } : {}),
    ...(state.inStockOnly ? { inStockOnly: true } : {}),
    ...(state.sort ? { sort: state.sort } : {}),
    limit,
    currency,
  };
}
