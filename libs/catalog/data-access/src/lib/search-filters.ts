import { type RawBuilder, sql, type SqlBool } from 'kysely';
import type { Database } from '@emporium/platform-db';
import type { ListingQueryInput } from '@emporium/catalog-domain';
import { facetPair } from './read-models';

/** Filters by slug and value, as a shopper picks them (checked by listing-query); price bounds in minor units, inclusive. */
export type SearchFilters = Pick<ListingQueryInput, 'category' | 'collection' | 'brands' | 'priceMin' | 'priceMax' | 'options' | 'attributes' | 'inStockOnly'>;

/** Filters with their slugs looked up: ids the planner can estimate with (a subquery's value it cannot). */
export interface ResolvedFilters extends SearchFilters {
  /** Set by resolveFilters, so filters resolved once (per request) are not looked up again. */
  readonly resolved: true;
  /** Null when the slug names nothing (the filter then matches nothing); undefined when not filtered. */
  readonly categoryId?: string | null;
  readonly collectionId?: string | null;
  readonly brandIds?: readonly string[];
}

/** Looks up the category, collection and brand slugs of the filters in one round trip. */
export async function resolveFilters(db: Database, filters: SearchFilters | ResolvedFilters): Promise<ResolvedFilters> {
  if ('resolved' in filters) return filters;
  if (!filters.category && !filters.collection && !filters.brands?.length) return { ...filters, resolved: true };
  const { rows } = await sql<{ category_id: string | null; collection_id: string | null; brand_ids: string[] }>`
    SELECT (SELECT id FROM catalog.category WHERE slug = ${filters.category ?? null}) AS category_id,
           (SELECT id FROM catalog.collection WHERE slug = ${filters.collection ?? null}) AS collection_id,
           ARRAY(SELECT id FROM catalog.brand WHERE slug = ANY(${[...(filters.brands ?? [])]}::text[])) AS brand_ids`.execute(db);
  const [found] = rows;
  return {
    ...filters,
    resolved: true,
    ...(filters.category ? { categoryId: found?.category_id ?? null } : {}),
    ...(filters.collection ? { collectionId: found?.collection_id ?? null } : {}),
    ...(filters.brands?.length ? { brandIds: found?.brand_ids ?? [] } : {}),
  };
}

/**
 * Which filter to leave out: a facet's counts are computed with every filter but its own, so each count is exactly
 * the number of results that picking that value (instead of the current ones) would give.
 */
export type FilterExclusion =
  | { readonly kind: 'none' }
  | { readonly kind: 'brand' | 'category' | 'price' }
  | { readonly kind: 'option' | 'attribute'; readonly name: string };

export const NO_EXCLUSION: FilterExclusion = { kind: 'none' };

/** A variant that can be bought: active and, when asked, in stock. `v` must be in scope. */
function sellableVariant(inStockOnly: boolean): RawBuilder<SqlBool> {
  return inStockOnly
    ? sql<SqlBool>`v.status = 'active' AND NOT EXISTS (SELECT 1 FROM catalog.variant_availability va WHERE va.variant_id = v.id AND NOT va.in_stock)`
    : sql<SqlBool>`v.status = 'active'`;
}

/** The variant `v` has one of `values` for option `name`. */
export function variantHasOption(name: string, values: readonly string[]): RawBuilder<SqlBool> {
  return sql<SqlBool>`EXISTS (SELECT 1 FROM catalog.variant_option_value vov
    JOIN catalog.option_value ov ON ov.id = vov.option_value_id JOIN catalog.product_option o ON o.id = ov.option_id
    WHERE vov.variant_id = v.id AND o.name = ${name} AND ov.value = ANY(${[...values]}::text[]))`;
}

/**
 * The option filters (except the excluded one) and the stock filter, which must hold for one and the same variant:
 * "Size M in Red, in stock" means a red M that is in stock, not any red variant and any M.
 */
export function variantConditions(filters: SearchFilters, exclusion: FilterExclusion): RawBuilder<SqlBool>[] {
  const conditions = [sellableVariant(filters.inStockOnly ?? false)];
  for (const [name, values] of Object.entries(filters.options ?? {})) {
    if (exclusion.kind === 'option' && exclusion.name === name) continue;
    conditions.push(variantHasOption(name, values));
  }
  return conditions;
}

/** The facet pairs (see catalog.listing_entry) for a name and its values. */
export function pairsOf(name: string, values: readonly string[]): string[] {
  return values.map((value) => facetPair(name, value));
}

/** The option filters that apply, minus the excluded one. */
export function activeOptionFilters(filters: SearchFilters, exclusion: FilterExclusion): Array<[string, readonly string[]]> {
  return Object.entries(filters.options ?? {}).filter(([name]) => !(exclusion.kind === 'option' && exclusion.name === name));
}

/**
 * SQL conditions on the listing entry `e` for the filters, minus the excluded one.
 * Most are array containment on the facets read model (GIN-indexed). Options and stock must hold for one and the
 * same variant: with one option filter the read model answers that exactly (its in-stock pairs come from in-stock
 * variants); with several, an exact check on the variants follows the read model's pre-filter.
 */
export function productConditions(filters: ResolvedFilters, exclusion: FilterExclusion = NO_EXCLUSION): RawBuilder<SqlBool>[] {
  const conditions: RawBuilder<SqlBool>[] = [];
  const nothing = sql<SqlBool>`false`;
  if (filters.category && exclusion.kind !== 'category') {
    // A category includes its descendants: the read model lists every ancestor of a product's categories.
    conditions.push(filters.categoryId ? sql<SqlBool>`e.category_ids @> ARRAY[${filters.categoryId}]::uuid[]` : nothing);
  }
  if (filters.collection) {
    conditions.push(filters.collectionId ? sql<SqlBool>`e.collection_ids @> ARRAY[${filters.collectionId}]::uuid[]` : nothing);
  }
  if (filters.brands?.length && exclusion.kind !== 'brand') {
    conditions.push(filters.brandIds?.length ? sql<SqlBool>`e.brand_id = ANY(${[...filters.brandIds]}::uuid[])` : nothing);
  }
  if (exclusion.kind !== 'price') {
    if (filters.priceMin !== undefined) conditions.push(sql<SqlBool>`e.min_amount >= ${filters.priceMin}`);
    if (filters.priceMax !== undefined) conditions.push(sql<SqlBool>`e.min_amount <= ${filters.priceMax}`);
  }
  for (const [name, values] of Object.entries(filters.attributes ?? {})) {
    if (exclusion.kind === 'attribute' && exclusion.name === name) continue;
    conditions.push(sql<SqlBool>`e.attribute_pairs && ${pairsOf(name, values)}::text[]`);
  }
  const options = activeOptionFilters(filters, exclusion);
  const pairsColumn = filters.inStockOnly ? sql.ref('e.stock_option_pairs') : sql.ref('e.option_pairs');
  for (const [name, values] of options) conditions.push(sql<SqlBool>`${pairsColumn} && ${pairsOf(name, values)}::text[]`);
  if (options.length === 0 && filters.inStockOnly) conditions.push(sql<SqlBool>`e.in_stock`);
  if (options.length > 1) {
    const variant = variantConditions(filters, exclusion);
    conditions.push(sql<SqlBool>`EXISTS (SELECT 1 FROM catalog.variant v WHERE v.product_id = e.product_id AND ${sql.join(variant, sql` AND `)})`);
  }
  return conditions;
}
