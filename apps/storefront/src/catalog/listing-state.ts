import type { ListingSort } from '@emporium/catalog-domain';

/** Option or attribute name → the values ticked: `{ Size: ['M', 'L'] }`. */
export type FacetSelection = Readonly<Record<string, readonly string[]>>;

/**
 * Everything that decides what a listing shows — the text searched for, the category, the ticked filters, the
 * order and how many pages are loaded. It lives in the URL (see listing-url.ts), never only in component state,
 * so a link reproduces the view and Back undoes the last change.
 */
export interface ListingState {
  readonly q?: string;
  /** Category slug; listing a category includes its descendants. */
  readonly category?: string;
  /** Brand slugs. */
  readonly brands: readonly string[];
  readonly options: FacetSelection;
  readonly attributes: FacetSelection;
  /** Price bounds in minor units of `priceCurrency`, both inclusive. */
  readonly priceMin?: number;
  readonly priceMax?: number;
  /** The currency the price bounds are in; set exactly when a bound is. Bounds mean nothing in another currency. */
  readonly priceCurrency?: string;
  readonly inStockOnly: boolean;
  /** Absent: the default order (relevance when searching, newest otherwise). */
  readonly sort?: ListingSort;
  /** How many pages are shown; "Load more" adds one. */
  readonly pages: number;
}

export const EMPTY_LISTING: ListingState = { brands: [], options: {}, attributes: {}, inStockOnly: false, pages: 1 };

/** The order the listing is in: relevance needs search text, so without it the API lists newest first. */
export function effectiveSort(state: Pick<ListingState, 'q' | 'sort'>): ListingSort {
  const searching = Boolean(state.q);
  if (!state.sort) return searching ? 'relevance' : 'newest';
  return state.sort === 'relevance' && !searching ? 'newest' : state.sort;
}

/** Any change to what is shown starts again from the first page: the cursor of the old view means nothing in the new one. */
function firstPage(state: ListingState): ListingState {
  return { ...state, pages: 1 };
}

function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((existing) => existing !== value) : [...values, value];
}

export function toggleBrand(state: ListingState, slug: string): ListingState {
  return firstPage({ ...state, brands: toggled(state.brands, slug) });
}

/** Ticks or unticks one value of an option (Size) or attribute (Material); a name left with no values is dropped. */
export function toggleFacetValue(state: ListingState, facet: 'options' | 'attributes', name: string, value: string): ListingState {
  const values = toggled(state[facet][name] ?? [], value);
  const { [name]: _removed, ...others } = state[facet];
  return firstPage({ ...state, [facet]: values.length > 0 ? { ...others, [name]: values } : others });
}

/** Sets both price bounds, in minor units of `currency`; undefined removes a bound. */
export function setPriceRange(state: ListingState, priceMin: number | undefined, priceMax: number | undefined, currency: string): ListingState {
  const { priceMin: _min, priceMax: _max, priceCurrency: _currency, ...rest } = state;
  const bounded = priceMin !== undefined || priceMax !== undefined;
  return firstPage({
    ...rest,
    ...(priceMin !== undefined && { priceMin }),
    ...(priceMax !== undefined && { priceMax }),
    ...(bounded && { priceCurrency: currency }),
  });
}

/**
 * The listing as it can be shown in `currency`. A price filter set in another currency is dropped — 2500 cents of
 * a dollar are not 2500 cents of a euro, and converting would need a rate the shop does not have — so the view
 * starts again without it. Anything else is returned as it is (the same object, so callers can tell).
 */
export function inCurrency(state: ListingState, currency: string): ListingState {
  if (state.priceCurrency === undefined || state.priceCurrency === currency) return state;
  return setPriceRange(state, undefined, undefined, currency);
}

export function setInStockOnly(state: ListingState, inStockOnly: boolean): ListingState {
  return firstPage({ ...state, inStockOnly });
}

export function setSort(state: ListingState, sort: ListingSort): ListingState {
  const { sort: _sort, ...rest } = state;
  // The default order is left out of the URL, so the plain link and the one with the default sort are the same view.
  return firstPage(sort === effectiveSort({ q: state.q }) ? rest : { ...rest, sort });
}

export function setCategory(state: ListingState, category: string | undefined): ListingState {
  const { category: _category, ...rest } = state;
  return firstPage(category ? { ...rest, category } : rest);
}

/** Drops every filter the sidebar sets; the search text, the category and the order stay. */
export function clearFilters(state: ListingState): ListingState {
  return {
    ...(state.q !== undefined && { q: state.q }),
    ...(state.category !== undefined && { category: state.category }),
    ...(state.sort !== undefined && { sort: state.sort }),
    ...EMPTY_LISTING,
  };
}

/** How many filters are applied, for the "Filters (3)" button. A price range counts once. */
export function activeFilterCount(state: ListingState): number {
  const values = (selection: FacetSelection) => Object.values(selection).reduce((sum, list) => sum + list.length, 0);
  const price = state.priceMin !== undefined || state.priceMax !== undefined ? 1 : 0;
  return state.brands.length + values(state.options) + values(state.attributes) + price + (state.inStockOnly ? 1 : 0);
}

export function nextPage(state: ListingState): ListingState {
  return { ...state, pages: state.pages + 1 };
}
