import { type RawBuilder, sql, type SqlBool } from 'kysely';
import { bucketOf, compareOptionValues, priceBuckets } from '@emporium/catalog-domain';
import type { CurrencyCode } from '@emporium/money';
import type { Database } from '@emporium/platform-db';
import { catalogDb } from './catalog.tables';
import { FACET_PAIR_SEPARATOR } from './read-models';
import { type CountedListing, countedListing, type ListingFacetCount, listingFacetCounts } from './search-facet-counts';
import {
  activeOptionFilters,
  type FilterExclusion,
  NO_EXCLUSION,
  productConditions,
  type ResolvedFilters,
  resolveFilters,
  type SearchFilters,
  variantConditions,
} from './search-filters';

export interface FacetValue {
  readonly value: string;
  readonly count: number;
}

export interface SearchFacets {
  readonly brands: ReadonlyArray<{ readonly slug: string; readonly name: string; readonly count: number }>;
  /** Every category holding a match, with counts that include its descendants; `parentId` lets clients nest them. */
  readonly categories: ReadonlyArray<{ readonly id: string; readonly slug: string; readonly name: string; readonly parentId: string | null; readonly count: number }>;
  /** Buckets over the products' "from" prices; `to` is exclusive. Empty when nothing matches. */
  readonly prices: ReadonlyArray<{ readonly from: number; readonly to: number; readonly count: number }>;
  readonly options: ReadonlyArray<{ readonly name: string; readonly values: readonly FacetValue[] }>;
  readonly attributes: ReadonlyArray<{ readonly name: string; readonly values: readonly FacetValue[] }>;
}

export interface FacetRequest {
  readonly terms: readonly string[];
  readonly currency: CurrencyCode;
  readonly filters: ResolvedFilters;
}

/** The matching products (id, brand, "from" price, facet arrays) for the request with one filter left out. */
function matched(request: FacetRequest, exclusion: FilterExclusion): RawBuilder<unknown> {
  const conditions: RawBuilder<SqlBool>[] = [sql<SqlBool>`e.currency = ${request.currency}`, ...productConditions(request.filters, exclusion)];
  if (request.terms.length > 0) conditions.push(sql<SqlBool>`e.search_document @@ plainto_tsquery('catalog.english_folded', ${request.terms.join(' ')})`);
  return sql`SELECT e.product_id AS id, e.brand_id, e.min_amount, e.category_ids, e.option_pairs, e.stock_option_pairs, e.attribute_pairs
    FROM catalog.listing_entry e
    WHERE ${sql.join(conditions, sql` AND `)}`;
}

function groupValues(rows: ReadonlyArray<{ name: string; value: string; count: number }>) {
  const byName = new Map<string, FacetValue[]>();
  for (const row of rows) {
    const values = byName.get(row.name) ?? [];
    values.push({ value: row.value, count: Number(row.count) });
    byName.set(row.name, values);
  }
  return [...byName].map(([name, values]) => ({ name, values }));
}

/** Splits "Name<US>Value" pairs, counted, into facet rows. */
function fromPairs(rows: ReadonlyArray<{ pair: string; count: number }>) {
  return rows.map((row) => {
    const [name = '', value = ''] = row.pair.split(FACET_PAIR_SEPARATOR);
    return { name, value, count: Number(row.count) };
  });
}

/** Counts per option value, exact for "one and the same variant" (see productConditions). */
async function optionGroupCounts(db: Database, request: FacetRequest, exclusion: FilterExclusion, names: RawBuilder<SqlBool>, pairName: RawBuilder<SqlBool>) {
  const others = activeOptionFilters(request.filters, exclusion);
  if (others.length === 0) {
    // No other option filter: a product counts for a value if one of its (in-stock) active variants has it,
    // which is exactly what the read model's pairs hold.
    const column = request.filters.inStockOnly ? sql.ref('m.stock_option_pairs') : sql.ref('m.option_pairs');
    const { rows } = await sql<{ pair: string; count: number }>`
      WITH m AS (${matched(request, exclusion)})
      SELECT pair, count(*)::int AS count FROM m CROSS JOIN LATERAL unnest(${column}) AS pair
      WHERE ${pairName} GROUP BY pair`.execute(db);
    return fromPairs(rows);
  }
  // Other option filters too: the value and those filters must meet on one variant — count over the variants.
  const { rows } = await sql<{ name: string; value: string; count: number }>`
    WITH m AS (${matched(request, exclusion)})
    SELECT o.name, ov.value, count(DISTINCT m.id)::int AS count
    FROM m JOIN catalog.variant v ON v.product_id = m.id
    JOIN catalog.variant_option_value vov ON vov.variant_id = v.id
    JOIN catalog.option_value ov ON ov.id = vov.option_value_id
    JOIN catalog.product_option o ON o.id = ov.option_id
    WHERE ${names} AND ${sql.join(variantConditions(request.filters, exclusion), sql` AND `)}
    GROUP BY o.name, ov.value`.execute(db);
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

async function optionFacets(db: Database, request: FacetRequest) {
  const filtered = Object.keys(request.filters.options ?? {});
  const pairName = sql.raw(`split_part(pair, chr(31), 1)`);
  // Names nobody filters by share one count; each filtered name gets its own, without its own filter.
  const groups = [
    { exclusion: NO_EXCLUSION, names: sql<SqlBool>`NOT (o.name = ANY(${filtered}::text[]))`, pairs: sql<SqlBool>`NOT (${pairName} = ANY(${filtered}::text[]))` },
    ...filtered.map((name) => ({
      exclusion: { kind: 'option', name } as const,
      names: sql<SqlBool>`o.name = ${name}`,
      pairs: sql<SqlBool>`${pairName} = ${name}`,
    })),
  ];
  const counted = (await Promise.all(groups.map((group) => optionGroupCounts(db, request, group.exclusion, group.names, group.pairs)))).flat();
  // Names alphabetically, values as shoppers expect them (sizes small to large, numbers by value).
  counted.sort((a, b) => a.name.localeCompare(b.name) || compareOptionValues(a.value, b.value));
  return groupValues(counted);
}

/** Attribute counts for the names a filter is set on, each without its own filter. */
async function filteredAttributeFacets(db: Database, request: FacetRequest) {
  const filtered = Object.keys(request.filters.attributes ?? {});
  const results = await Promise.all(
    filtered.map((name) =>
      sql<{ pair: string; count: number }>`
        WITH m AS (${matched(request, { kind: 'attribute', name })})
        SELECT pair, count(*)::int AS count FROM m CROSS JOIN LATERAL unnest(m.attribute_pairs) AS pair
        WHERE split_part(pair, chr(31), 1) = ${name} GROUP BY pair`.execute(db),
    ),
  );
  return results.flatMap((result) => result.rows);
}

/**
 * Counts per price bucket between the lowest and highest "from" price of the matches without the price filter:
 * for a request with a price filter (without one, the single pass counts the matches per price instead).
 */
async function priceFacet(db: Database, request: FacetRequest) {
  const exclusion: FilterExclusion = { kind: 'price' };
  const found = await sql<{ low: number | null; high: number | null }>`
    WITH m AS (${matched(request, exclusion)}) SELECT min(m.min_amount) AS low, max(m.min_amount) AS high FROM m`.execute(db);
  const { low = null, high = null } = found.rows[0] ?? {};
  if (low === null || high === null) return [];
  const buckets = priceBuckets(Number(low), Number(high), request.currency);
  const counts = await sql<{ from: number; count: number }>`
    WITH m AS (${matched(request, exclusion)})
    SELECT b.low AS from, count(m.id)::int AS count
    FROM unnest(${buckets.map((bucket) => bucket.from)}::bigint[], ${buckets.map((bucket) => bucket.to)}::bigint[]) AS b(low, high)
    LEFT JOIN m ON m.min_amount >= b.low AND m.min_amount < b.high
    GROUP BY b.low`.execute(db);
  const byFrom = new Map(counts.rows.map((row) => [Number(row.from), Number(row.count)]));
  return buckets.map((bucket) => ({ from: bucket.from, to: bucket.to, count: byFrom.get(bucket.from) ?? 0 }));
}

/** Price buckets over the range of the counted "from" prices, each holding the products priced within it. */
function pricesFromAmounts(rows: ReadonlyArray<{ key: string | null; count: number }>, currency: CurrencyCode): SearchFacets['prices'] {
  const amounts = rows.flatMap((row) => (row.key === null || Number(row.count) <= 0 ? [] : [{ amount: Number(row.key), count: Number(row.count) }]));
  if (amounts.length === 0) return [];
  const buckets = priceBuckets(Math.min(...amounts.map((row) => row.amount)), Math.max(...amounts.map((row) => row.amount)), currency);
  const counts = new Map(buckets.map((bucket) => [bucket.from, 0]));
  for (const { amount, count } of amounts) {
    const bucket = bucketOf(amount, buckets);
    if (bucket) counts.set(bucket.from, (counts.get(bucket.from) ?? 0) + count);
  }
  return buckets.map((bucket) => ({ from: bucket.from, to: bucket.to, count: counts.get(bucket.from) ?? 0 }));
}

interface PassRow {
  kind: 'category' | 'brand' | 'option' | 'attribute' | 'price';
  key: string | null;
  count: number;
}

/**
 * One scan of the matches for every facet group that has no filter of its own (the usual first page): categories,
 * and — unless filtered — brands, options, attributes and prices (counted per "from" price, for buckets drawn over
 * their range). Categories are navigation rather than a multi-select facet, so they are counted within the current
 * category: a subcategory's count is what opening it shows.
 */
async function unfilteredPass(db: Database, request: FacetRequest): Promise<PassRow[]> {
  const filters = request.filters;
  const filteredAttributes = Object.keys(filters.attributes ?? {});
  const optionColumn = filters.inStockOnly ? sql.ref('m.stock_option_pairs') : sql.ref('m.option_pairs');
  const parts = [
    sql`SELECT 'category' AS kind, category_id::text AS key, count(*)::int AS count FROM m CROSS JOIN LATERAL unnest(m.category_ids) AS category_id GROUP BY category_id`,
    sql`SELECT 'attribute', pair, count(*)::int FROM m CROSS JOIN LATERAL unnest(m.attribute_pairs) AS pair
        WHERE NOT (split_part(pair, chr(31), 1) = ANY(${filteredAttributes}::text[])) GROUP BY pair`,
  ];
  if (!filters.brands?.length) parts.push(sql`SELECT 'brand', brand_id::text, count(*)::int FROM m WHERE brand_id IS NOT NULL GROUP BY brand_id`);
  if (Object.keys(filters.options ?? {}).length === 0) parts.push(sql`SELECT 'option', pair, count(*)::int FROM m CROSS JOIN LATERAL unnest(${optionColumn}) AS pair GROUP BY pair`);
  if (filters.priceMin === undefined && filters.priceMax === undefined) {
    parts.push(sql`SELECT 'price', min_amount::text, count(*)::int FROM m GROUP BY min_amount`);
  }
  const { rows } = await sql<PassRow>`WITH m AS MATERIALIZED (${matched(request, NO_EXCLUSION)}) ${sql.join(parts, sql` UNION ALL `)}`.execute(db);
  return rows;
}

async function brandFacet(db: Database, request: FacetRequest) {
  const { rows } = await sql<{ key: string; count: number }>`
    WITH m AS (${matched(request, { kind: 'brand' })})
    SELECT brand_id::text AS key, count(*)::int AS count FROM m WHERE brand_id IS NOT NULL GROUP BY brand_id`.execute(db);
  return rows;
}

/** Counts by id (categories, brands) and by value, before names are looked up and groups ordered. */
interface FacetCounts {
  readonly categories: ReadonlyArray<{ readonly key: string | null; readonly count: number }>;
  readonly brands: ReadonlyArray<{ readonly key: string | null; readonly count: number }>;
  readonly prices: SearchFacets['prices'];
  /** Option values, unordered, unless `optionGroups` already holds the options grouped and ordered. */
  readonly optionRows: ReadonlyArray<{ name: string; value: string; count: number }>;
  readonly optionGroups?: SearchFacets['options'];
  readonly attributeRows: Array<{ name: string; value: string; count: number }>;
}

/** Counts for any request: one pass over the matches for the unfiltered groups, one query per filtered group. */
async function computedCounts(db: Database, request: FacetRequest): Promise<FacetCounts> {
  const filters = request.filters;
  const [pass, filteredBrands, filteredOptions, filteredAttributes] = await Promise.all([
    unfilteredPass(db, request),
    filters.brands?.length ? brandFacet(db, request) : null,
    Object.keys(filters.options ?? {}).length > 0 ? optionFacets(db, request) : null,
    filteredAttributeFacets(db, request),
  ]);
  const of = (kind: PassRow['kind']) => pass.filter((row) => row.kind === kind);
  const prices = filters.priceMin === undefined && filters.priceMax === undefined ? pricesFromAmounts(of('price'), request.currency) : await priceFacet(db, request);
  return {
    categories: of('category'),
    brands: filteredBrands ?? of('brand'),
    prices,
    optionRows: fromPairs(of('option').map((row) => ({ pair: row.key ?? '', count: row.count }))),
    ...(filteredOptions ? { optionGroups: filteredOptions } : {}),
    attributeRows: fromPairs([...of('attribute').map((row) => ({ pair: row.key ?? '', count: row.count })), ...filteredAttributes]),
  };
}

/** Counts for a counted listing (see countedListing), read from `catalog.listing_facet_count`. */
async function storedCounts(db: Database, currency: CurrencyCode, listing: CountedListing): Promise<FacetCounts> {
  const rows = await listingFacetCounts(db, currency, listing);
  const of = (kind: ListingFacetCount['kind']) => rows.filter((row) => row.kind === kind);
  const prices = pricesFromAmounts(of('price'), currency);
  return {
    categories: of('category'),
    brands: of('brand'),
    prices,
    optionRows: fromPairs(of('option').map((row) => ({ pair: row.key, count: row.count }))),
    attributeRows: fromPairs(of('attribute').map((row) => ({ pair: row.key, count: row.count }))),
  };
}

/**
 * Facet counts for the current search and filters, each multi-select facet computed without its own filter.
 * The first page of a category (or of the whole catalog) without other filters reads counts kept in advance
 * (`keptCounts: false` computes them anyway: the specs compare the two).
 */
export async function searchFacets(
  db: Database,
  unresolved: Omit<FacetRequest, 'filters'> & { readonly filters: SearchFilters | ResolvedFilters },
  options: { readonly keptCounts?: boolean } = {},
): Promise<SearchFacets> {
  const request: FacetRequest = { ...unresolved, filters: await resolveFilters(db, unresolved.filters) };
  const listing = options.keptCounts === false ? null : countedListing(request.terms, request.filters);
  const catalog = catalogDb(db);
  const [counts, categories, brands] = await Promise.all([
    listing ? storedCounts(db, request.currency, listing) : computedCounts(db, request),
    catalog.selectFrom('category').select(['id', 'slug', 'name', 'parent_id', 'position']).execute(),
    catalog.selectFrom('brand').select(['id', 'slug', 'name']).execute(),
  ]);

  const categoryById = new Map(categories.map((category) => [category.id, category]));
  const brandById = new Map(brands.map((brand) => [brand.id, brand]));
  const attributeRows = [...counts.attributeRows].sort((a, b) => a.name.localeCompare(b.name) || b.count - a.count || a.value.localeCompare(b.value));
  const optionGroups =
    counts.optionGroups ?? groupValues([...counts.optionRows].sort((a, b) => a.name.localeCompare(b.name) || compareOptionValues(a.value, b.value)));
  return {
    brands: counts.brands
      .flatMap((row) => {
        const brand = brandById.get(row.key ?? '');
        return brand ? [{ slug: brand.slug, name: brand.name, count: Number(row.count) }] : [];
      })
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    categories: counts.categories
      .flatMap((row) => {
        const category = categoryById.get(row.key ?? '');
        return category ? [{ category, count: Number(row.count) }] : [];
      })
      .sort((a, b) => a.category.position - b.category.position || a.category.name.localeCompare(b.category.name))
      .map(({ category, count }) => ({ id: category.id, slug: category.slug, name: category.name, parentId: category.parent_id, count })),
    prices: counts.prices,
    options: optionGroups,
    attributes: groupValues(attributeRows),
  };
}
