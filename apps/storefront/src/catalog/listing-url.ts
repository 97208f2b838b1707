import { isValidSlug, LISTING_SORTS, type ListingSort, MAX_FACET_VALUES } from '@emporium/catalog-domain';
import { EMPTY_LISTING, type FacetSelection, type ListingState } from './listing-state';

/**
 * The URL of a listing, one parameter per thing the shopper chose:
 *
 * | parameter        | holds                                                        | example                     |
 * |------------------|--------------------------------------------------------------|-----------------------------|
 * | `q`              | the search text                                              | `q=linen+shirt`             |
 * | `category`       | a category slug, on /search only (elsewhere it is the path)  | `category=tops`             |
 * | `brand`          | a brand slug, repeated for each brand                        | `brand=northfield`          |
 * | `opt.<Name>`     | a value of the option Name, repeated                         | `opt.Size=M&opt.Size=L`     |
 * | `attr.<Name>`    | a value of the attribute Name, repeated                      | `attr.Material=Linen`       |
 * | `min`, `max`     | price bounds in minor units (cents), both inclusive          | `min=2500&max=4999`         |
 * | `currency`       | the currency of `min` and `max`, written with them           | `currency=EUR`              |
 * | `stock`          | `1`: in stock only                                           | `stock=1`                   |
 * | `sort`           | `relevance`, `price-asc`, `price-desc` or `newest`           | `sort=price-asc`            |
 * | `page`           | how many pages are shown ("Load more" pressed page−1 times)  | `page=3`                    |
 *
 * The path says where: `/search?q=…` when there is search text, `/c/<slug>` for a category, `/products` for
 * everything. Parsing never fails: a value the API would refuse (a malformed slug, a negative price, an unknown
 * sort, too many values) is dropped, so a hand-edited or outdated link still shows a page rather than an error.
 * Price bounds without `currency` come from links made before shoppers could choose one: they are in US dollars.
 * Bounds in a currency other than the shopper's are dropped by the listing (`inCurrency`), never reinterpreted.
 */
export const LISTING_PARAM = {
  q: 'q',
  category: 'category',
  brand: 'brand',
  option: 'opt.',
  attribute: 'attr.',
  min: 'min',
  max: 'max',
  currency: 'currency',
  stock: 'stock',
  sort: 'sort',
  page: 'page',
} as const;

/** Loading more than this many pages from a link would be a slow first visit; the shopper can load the rest. */
export const MAX_PAGES_FROM_URL = 10;
const MAX_TEXT_LENGTH = 200;
const MAX_FACET_NAMES = 20;
const MAX_NAME_LENGTH = 100;
const MAX_VALUE_LENGTH = 200;
const AMOUNT = /^\d{1,15}$/;
const CURRENCY_CODE = /^[A-Z]{3}$/;
/** Links made before the shop offered a choice of currency priced everything in US dollars. */
const UNNAMED_PRICE_CURRENCY = 'USD';

function distinct(values: readonly string[], keep: (value: string) => boolean): string[] {
  return [...new Set(values.filter(keep))].slice(0, MAX_FACET_VALUES);
}

function amount(raw: string | null): number | undefined {
  if (raw === null || !AMOUNT.test(raw)) return undefined;
  const value = Number(raw);
  return Number.isSafeInteger(value) ? value : undefined;
}

function facetSelection(params: URLSearchParams, prefix: string): FacetSelection {
  const names = [...new Set([...params.keys()].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)))];
  const entries: [string, string[]][] = [];
  for (const name of names) {
    if (name.length === 0 || name.length > MAX_NAME_LENGTH) continue;
    const values = distinct(params.getAll(prefix + name), (value) => value.length > 0 && value.length <= MAX_VALUE_LENGTH);
    if (values.length > 0) entries.push([name, values]);
    if (entries.length === MAX_FACET_NAMES) break;
  }
  return Object.fromEntries(entries);
}

function isListingSort(value: string | null): value is ListingSort {
  return value !== null && (LISTING_SORTS as readonly string[]).includes(value);
}

/**
 * The listing a URL describes. `pathCategory` is the slug from `/c/:slug`, which wins over a `category` parameter.
 */
export function parseListingParams(params: URLSearchParams, pathCategory?: string): ListingState {
  const q = params.get(LISTING_PARAM.q)?.trim().slice(0, MAX_TEXT_LENGTH);
  const category = pathCategory ?? params.get(LISTING_PARAM.category) ?? undefined;
  let priceMin = amount(params.get(LISTING_PARAM.min));
  let priceMax = amount(params.get(LISTING_PARAM.max));
  if (priceMin !== undefined && priceMax !== undefined && priceMin > priceMax) [priceMin, priceMax] = [undefined, undefined];
  const priceCurrency = params.get(LISTING_PARAM.currency) ?? UNNAMED_PRICE_CURRENCY;
  // Bounds in a currency nobody can name are bounds nobody can trust.
  if (!CURRENCY_CODE.test(priceCurrency)) [priceMin, priceMax] = [undefined, undefined];
  const priced = priceMin !== undefined || priceMax !== undefined;
  const sort = params.get(LISTING_PARAM.sort);
  const pages = Number(params.get(LISTING_PARAM.page));
  return {
    ...EMPTY_LISTING,
    ...(q ? { q } : {}),
    ...(category !== undefined && isValidSlug(category) && { category }),
    brands: distinct(params.getAll(LISTING_PARAM.brand), isValidSlug),
    options: facetSelection(params, LISTING_PARAM.option),
    attributes: facetSelection(params, LISTING_PARAM.attribute),
    ...(priceMin !== undefined && { priceMin }),
    ...(priceMax !== undefined && { priceMax }),
    ...(priced && { priceCurrency }),
    inStockOnly: params.get(LISTING_PARAM.stock) === '1',
    ...(isListingSort(sort) && { sort }),
    pages: Number.isInteger(pages) && pages > 1 ? Math.min(pages, MAX_PAGES_FROM_URL) : 1,
  };
}

function appendFacets(params: URLSearchParams, prefix: string, selection: FacetSelection): void {
  for (const name of Object.keys(selection).sort()) {
    for (const value of selection[name] ?? []) params.append(prefix + name, value);
  }
}

/**
 * The query string for a listing, in a fixed order so one view has one URL. The category is included only when
 * asked: on /c/:slug it is already in the path.
 */
export function listingSearchParams(state: ListingState, { includeCategory = true } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set(LISTING_PARAM.q, state.q);
  if (includeCategory && state.category) params.set(LISTING_PARAM.category, state.category);
  for (const brand of state.brands) params.append(LISTING_PARAM.brand, brand);
  appendFacets(params, LISTING_PARAM.option, state.options);
  appendFacets(params, LISTING_PARAM.attribute, state.attributes);
  if (state.priceMin !== undefined) params.set(LISTING_PARAM.min, String(state.priceMin));
  if (state.priceMax !== undefined) params.set(LISTING_PARAM.max, String(state.priceMax));
  if (state.priceCurrency !== undefined && (state.priceMin !== undefined || state.priceMax !== undefined)) {
    params.set(LISTING_PARAM.currency, state.priceCurrency);
  }
  if (state.inStockOnly) params.set(LISTING_PARAM.stock, '1');
  if (state.sort) params.set(LISTING_PARAM.sort, state.sort);
  if (state.pages > 1) params.set(LISTING_PARAM.page, String(state.pages));
  return params;
}

/** Where a category's listing lives. */
export function categoryPath(slug: string): string {
  return `/c/${encodeURIComponent(slug)}`;
}

/** The URL (path and query) of a listing: /search when there is text, /c/:slug for a category, else /products. */
export function listingHref(state: ListingState): string {
  const path = state.q ? '/search' : state.category ? categoryPath(state.category) : '/products';
  const query = listingSearchParams(state, { includeCategory: Boolean(state.q) }).toString();
  return query ? `${path}?${query}` : path;
}
