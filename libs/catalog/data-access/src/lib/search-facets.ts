import { type RawBuilder, sql, type SqlBool } from 'kysely';
import { priceBuckets } from '@emporium/catalog-domain';
import type { CurrencyCode } from '@emporium/money';
import type { Database } from '@emporium/platform-db';
import { type FilterExclusion, NO_EXCLUSION, productConditions, type SearchFilters, variantConditions } from './search-filters';

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

/** The matching products (id, brand, "from" price) for the request with one filter left out. */
function matched(request: FacetRequest, exclusion: FilterExclusion): RawBuilder<unknown> {
  const conditions: RawBuilder<SqlBool>[] = [sql<SqlBool>`p.status = 'active'`, ...productConditions(request.filters, exclusion)];
  if (request.terms.length > 0) conditions.push(sql<SqlBool>`p.search_document @@ plainto_tsquery('catalog.english_folded', ${request.terms.join(' ')})`);
  return sql`SELECT p.id, p.brand_id, r.min_amount FROM catalog.product p
    JOIN catalog.product_price_range r ON r.product_id = p.id AND r.currency = ${request.currency}
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

async function optionFacets(db: Database, request: FacetRequest) {
  const filtered = Object.keys(request.filters.options ?? {});
  // Names nobody filters by share one query; each filtered name gets its own, without its own filter.
  const groups: Array<{ exclusion: FilterExclusion; names: RawBuilder<SqlBool> }> = [
    { exclusion: NO_EXCLUSION, names: sql<SqlBool>`NOT (o.name = ANY(${filtered}::text[]))` },
    ...filtered.map((name) => ({ exclusion: { kind: 'option', name } as const, names: sql<SqlBool>`o.name = ${name}` })),
  ];
  const results = await Promise.all(
    groups.map(({ exclusion, names }) =>
      sql<{ name: string; value: string; count: number; option_position: number; value_position: number }>`
        WITH m AS (${matched(request, exclusion)})
        SELECT o.name, ov.value, count(DISTINCT m.id)::int AS count, min(o.position) AS option_position, min(ov.position) AS value_position
        FROM m JOIN catalog.variant v ON v.product_id = m.id
        JOIN catalog.variant_option_value vov ON vov.variant_id = v.id
        JOIN catalog.option_value ov ON ov.id = vov.option_value_id
        JOIN catalog.product_option o ON o.id = ov.option_id
        WHERE ${names} AND ${sql.join(variantConditions(request.filters, exclusion), sql` AND `)}
        GROUP BY o.name, ov.value`.execute(db),
    ),
  );
  const rows = results.flatMap((result) => result.rows);
  rows.sort((a, b) => a.option_position - b.option_position || a.name.localeCompare(b.name) || a.value_position - b.value_position || a.value.localeCompare(b.value));
  return groupValues(rows);
}

async function attributeFacets(db: Database, request: FacetRequest) {
  const filtered = Object.keys(request.filters.attributes ?? {});
  const groups: Array<{ exclusion: FilterExclusion; names: RawBuilder<SqlBool> }> = [
    { exclusion: NO_EXCLUSION, names: sql<SqlBool>`NOT (a.name = ANY(${filtered}::text[]))` },
    ...filtered.map((name) => ({ exclusion: { kind: 'attribute', name } as const, names: sql<SqlBool>`a.name = ${name}` })),
  ];
  const results = await Promise.all(
    groups.map(({ exclusion, names }) =>
      sql<{ name: string; value: string; count: number }>`
        WITH m AS (${matched(request, exclusion)})
        SELECT a.name, a.value, count(*)::int AS count
        FROM m JOIN catalog.product_attribute a ON a.product_id = m.id
        WHERE ${names}
        GROUP BY a.name, a.value`.execute(db),
    ),
  );
  const rows = results.flatMap((result) => result.rows);
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
      WITH m AS (${matched(request, { kind: 'category' })})
      SELECT c.id, c.slug, c.name, c.parent_id, count(DISTINCT m.id)::int AS count
      FROM m JOIN catalog.product_category pc ON pc.product_id = m.id
      JOIN catalog.category leaf ON leaf.id = pc.category_id
      JOIN catalog.category c ON c.id = ANY(leaf.path)
      GROUP BY c.id, c.slug, c.name, c.parent_id, c.position ORDER BY c.position, c.name`.execute(db),
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
