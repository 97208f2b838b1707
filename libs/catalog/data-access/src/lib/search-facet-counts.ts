import { sql } from 'kysely';
import type { CurrencyCode } from '@emporium/money';
import type { Database } from '@emporium/platform-db';
import type { ResolvedFilters } from './search-filters';

/** `catalog.listing_facet_count`'s category for the whole catalog (no category filter). */
export const WHOLE_CATALOG = '00000000-0000-0000-0000-000000000000';

/** A listing whose facet counts and total are kept in `catalog.listing_facet_count` (migration 0003). */
export interface CountedListing {
  readonly categoryId: string;
  readonly inStockOnly: boolean;
}

export interface ListingFacetCount {
  readonly kind: 'total' | 'category' | 'brand' | 'option' | 'attribute' | 'price';
  readonly key: string;
  readonly count: number;
}

/**
 * The counted listing a request is, if it is one: no text, and no filter but a category (that exists) and
 * "in stock only" — the first page of a category as a shopper opens it. Any other filter, even one with no values,
 * changes what matches, so the counts must be computed.
 */
export function countedListing(terms: readonly string[], filters: ResolvedFilters): CountedListing | null {
  if (terms.length > 0 || filters.collection || filters.brands?.length) return null;
  if (filters.priceMin !== undefined || filters.priceMax !== undefined) return null;
  if (Object.keys(filters.options ?? {}).length > 0 || Object.keys(filters.attributes ?? {}).length > 0) return null;
  if (filters.category && !filters.categoryId) return null;
  return { categoryId: filters.categoryId ?? WHOLE_CATALOG, inStockOnly: filters.inStockOnly ?? false };
}

/** Every count of the listing (total, categories, brands, options, attributes, prices by amount) in one index range. */
export async function listingFacetCounts(db: Database, currency: CurrencyCode, listing: CountedListing): Promise<ListingFacetCount[]> {
  const { rows } = await sql<ListingFacetCount>`
    SELECT kind, key, count FROM catalog.listing_facet_count
    WHERE currency = ${currency} AND category_id = ${listing.categoryId} AND in_stock_only = ${listing.inStockOnly} AND count > 0`.execute(db);
  return rows;
}

/** How many products the listing holds. */
export async function listingTotal(db: Database, currency: CurrencyCode, listing: CountedListing): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    SELECT count FROM catalog.listing_facet_count
    WHERE currency = ${currency} AND category_id = ${listing.categoryId} AND in_stock_only = ${listing.inStockOnly} AND kind = 'total' AND key = ''`.execute(db);
  return Math.max(0, Number(rows[0]?.count ?? 0));
}
