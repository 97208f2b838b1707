import { type CurrencyCode, parseCurrencyCode } from '@emporium/money';
import type { Result } from './result';
import { parseSearchText } from './search-query';

export const LISTING_SORTS = ['relevance', 'price-asc', 'price-desc', 'newest'] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

export const DEFAULT_LISTING_LIMIT = 20;
export const MAX_LISTING_LIMIT = 100;
/** Values one facet may be filtered by at once; more is not a shopper ticking boxes. */
export const MAX_FACET_VALUES = 50;

/** Option or attribute name → the values any of which a product must have: `{ Size: ['M', 'L'] }`. */
export type FacetFilter = Readonly<Record<string, readonly string[]>>;

/** A shopper's listing or search request after the business rules: defaults filled in, filters tidied. */
export interface ListingQuery {
  readonly q?: string;
  /** Filters name things by slug (`t-shirts`, `new-arrivals`, `northfield`), as they appear in URLs. */
  readonly category?: string;
  readonly collection?: string;
  readonly brands: readonly string[];
  /** Price bounds in minor units of `currency`, both inclusive. */
  readonly priceMin?: number;
  readonly priceMax?: number;
  readonly options: FacetFilter;
  readonly attributes: FacetFilter;
  readonly inStockOnly: boolean;
  readonly sort: ListingSort;
  readonly limit: number;
  readonly currency: CurrencyCode;
}

/** The request as it arrives, shaped by the router's schema but not yet checked against the rules. */
export interface ListingQueryInput {
  readonly q?: string;
  readonly category?: string;
  readonly collection?: string;
  readonly brands?: readonly string[];
  readonly priceMin?: number;
  readonly priceMax?: number;
  readonly options?: FacetFilter;
  readonly attributes?: FacetFilter;
  readonly inStockOnly?: boolean;
  readonly sort?: string;
  readonly limit?: number;
  readonly currency: string;
}

/** A rule a request field breaks; `path` names the field (`limit`, `options.Size`) so the router can report it. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

function isListingSort(value: string): value is ListingSort {
  return (LISTING_SORTS as readonly string[]).includes(value);
}

function distinctValues(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}

/** The bound when it is a usable amount; undefined (with an error recorded) when it is not. */
function checkPrice(path: string, amount: number | undefined, errors: FieldError[]): number | undefined {
  if (amount === undefined) return undefined;
  if (!Number.isSafeInteger(amount)) errors.push({ path, message: 'must be a whole number of minor units' });
  else if (amount < 0) errors.push({ path, message: 'must not be negative' });
  else return amount;
  return undefined;
}

function checkFacets(path: string, filter: FacetFilter | undefined, errors: FieldError[]): FacetFilter {
  const entries: [string, string[]][] = [];
  for (const [name, values] of Object.entries(filter ?? {})) {
    const distinct = distinctValues(values);
    if (distinct.length > MAX_FACET_VALUES) errors.push({ path: `${path}.${name}`, message: `at most ${MAX_FACET_VALUES} values` });
    if (distinct.length > 0) entries.push([name, distinct]);
  }
  return Object.fromEntries(entries);
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Checks a listing request against the catalog's rules and fills in the defaults. Every broken rule is reported,
 * not just the first.
 *
 * - Search text with no searchable word in it (`"!!"`) counts as no search at all.
 * - Sorting by relevance needs search text; without it the listing falls back to `newest` rather than refusing,
 *   so a shared link that lost its `q` still works. Without a sort, a search is by relevance, a listing newest first.
 * - Filter values are de-duplicated and empty ones dropped before they are counted against the limit per facet.
 */
export function validateListingQuery(raw: ListingQueryInput): Result<ListingQuery, readonly FieldError[]> {
  const errors: FieldError[] = [];

  const limit = raw.limit ?? DEFAULT_LISTING_LIMIT;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LISTING_LIMIT) {
    errors.push({ path: 'limit', message: `must be a whole number from 1 to ${MAX_LISTING_LIMIT}` });
  }

  const priceMin = checkPrice('priceMin', raw.priceMin, errors);
  const priceMax = checkPrice('priceMax', raw.priceMax, errors);
  if (priceMin !== undefined && priceMax !== undefined && priceMin > priceMax) {
    errors.push({ path: 'priceMin', message: 'must not be above priceMax' });
  }

  const q = present(raw.q);
  const search = q !== undefined && parseSearchText(q).terms.length > 0 ? q : undefined;

  let sort: ListingSort = search ? 'relevance' : 'newest';
  if (raw.sort !== undefined) {
    if (!isListingSort(raw.sort)) errors.push({ path: 'sort', message: `must be one of ${LISTING_SORTS.join(', ')}` });
    else sort = raw.sort === 'relevance' && !search ? 'newest' : raw.sort;
  }

  const brands = distinctValues(raw.brands ?? []);
  if (brands.length > MAX_FACET_VALUES) errors.push({ path: 'brands', message: `at most ${MAX_FACET_VALUES} values` });
  const options = checkFacets('options', raw.options, errors);
  const attributes = checkFacets('attributes', raw.attributes, errors);

  const currency = parseCurrencyCode(raw.currency);
  if (!currency) errors.push({ path: 'currency', message: 'must be a three-letter currency code' });

  if (errors.length > 0 || !currency) return { ok: false, error: errors };

  const category = present(raw.category);
  const collection = present(raw.collection);
  return {
    ok: true,
    value: {
      ...(search !== undefined && { q: search }),
      ...(category !== undefined && { category }),
      ...(collection !== undefined && { collection }),
      brands,
      ...(priceMin !== undefined && { priceMin }),
      ...(priceMax !== undefined && { priceMax }),
      options,
      attributes,
      inStockOnly: raw.inStockOnly ?? false,
      sort,
      limit,
      currency,
    },
  };
}
