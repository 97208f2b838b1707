import { type RawBuilder, sql, type SqlBool } from 'kysely';
import { compareOptionValues, priceBuckets } from '@emporium/catalog-domain';
import type { CurrencyCode } from '@emporium/money';
import type { Database } from '@emporium/platform-db';
import { FACET_PAIR_SEPARATOR } from './read-models';
import { activeOptionFilters, type FilterExclusion, NO_EXCLUSION, productConditions, type SearchFilters, variantConditions } from './search-filters';

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
  readonly filters: SearchFilters;
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

async function attributeFacets(db: Database, request: FacetRequest) {
  const filtered = Object.keys(request.filters.attributes ?? {});
  const pairName = sql.raw(`split_part(pair, chr(31), 1)`);
  const groups: Array<{ exclusion: FilterExclusion; names: RawBuilder<SqlBool> }> = [
    { exclusion: NO_EXCLUSION, names: sql<SqlBool>`NOT (${pairName} = ANY(${filtered}::text[]))` },
    ...filtered.map((name) => ({ exclusion: { kind: 'attribute', name } as const, names: sql<SqlBool>`${pairName} = ${name}` })),
  ];
  const results = await Promise.all(
    groups.map(({ exclusion, names }) =>
      sql<{ pair: string; count: number }>`
        WITH m AS (${matched(request, exclusion)})
        SELECT pair, count(*)::int AS count FROM m CROSS JOIN LATERAL unnest(m.attribute_pairs) AS pair
        WHERE ${names} GROUP BY pair`.execute(db),
    ),
  );
  const rows = fromPairs(results.flatMap((result) => result.rows));
  rows.sort((a, b) => a.name.localeCompare(b.name) || b.count - a.count || a.value.localeCompare(b.value));
  return groupValues(rows);
}

async function priceFacet(db: Database, request: FacetRequest) {
  const exclusion: FilterExclusion = { kind: 'price' };
  const range = await sql<{ low: number | null; high: number | null }>`
    WITH m AS (${matched(request, exclusion)}) SELECT min(m.min_amount) AS low, max(m.min_amount) AS high FROM m`.execute(db);
  const { low, high } = range.rows[0] ?? { low: null, high: null };
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

/** Facet counts for the current search and filters, each facet computed without its own filter. */
export async function searchFacets(db: Database, request: FacetRequest): Promise<SearchFacets> {
  const [brands, categories, prices, options, attributes] = await Promise.all([
    sql<{ slug: string; name: string; count: number }>`
      WITH m AS (${matched(request, { kind: 'brand' })})
      SELECT b.slug, b.name, count(*)::int AS count FROM m JOIN catalog.brand b ON b.id = m.brand_id
      GROUP BY b.slug, b.name ORDER BY count DESC, b.name`.execute(db),
    sql<{ id: string; slug: string; name: string; parent_id: string | null; count: number }>`
      WITH m AS (${matched(request, { kind: 'category' })}),
           counted AS (SELECT category_id, count(*)::int AS count FROM m CROSS JOIN LATERAL unnest(m.category_ids) AS category_id GROUP BY category_id)
      SELECT c.id, c.slug, c.name, c.parent_id, counted.count
      FROM counted JOIN catalog.category c ON c.id = counted.category_id
      ORDER BY c.position, c.name`.execute(db),
    priceFacet(db, request),
    optionFacets(db, request),
    attributeFacets(db, request),
  ]);
  return {
    brands: brands.rows,
    categories: categories.rows.map((row) => ({ id: row.id, slug: row.slug, name: row.name, parentId: row.parent_id, count: row.count })),
    prices,
    options,
    attributes,
  };
}
