import { type Expression, sql, type SqlBool } from 'kysely';
import type { CurrencyCode } from '@emporium/money';
import { closestWord, type ProductSummary } from '@emporium/catalog-domain';
import type { Database } from '@emporium/platform-db';
import { InvalidCursorError, summaries, toSummary } from './product.repository';
import { decodeSearchCursor, encodeSearchCursor, type SearchSort } from './search-cursor';
import { countedListing, listingTotal } from './search-facet-counts';
import { productConditions, type ResolvedFilters, resolveFilters, type SearchFilters } from './search-filters';

export interface SearchOptions {
  /** Words from catalog-domain's parseSearchText: letters and digits only. Empty: browse without a text query. */
  readonly terms: readonly string[];
  readonly currency: CurrencyCode;
  readonly sort: SearchSort;
  readonly limit: number;
  readonly cursor?: string;
  /** Raw or already resolved (resolveFilters) filters; resolving once per request saves a round trip. */
  readonly filters?: SearchFilters | ResolvedFilters;
}

export interface SearchPage {
  readonly items: ProductSummary[];
  readonly nextCursor: string | null;
  /** Matches in all, for "123 results" — on the first page only (null on later pages, which need not count again). */
  readonly total: number | null;
  /** When nothing matched the words as typed and a correction did: the corrected words ("did you mean"). */
  readonly correctedQuery: string | null;
}

/**
 * Full-text search over the weighted search document (title > brand > attributes and categories > description),
 * English stemming, accents ignored; keyset-paginated in the requested order. When the words as typed match
 * nothing, each word the catalog does not know is replaced by its nearest known word and the search runs again.
 */
export async function searchProducts(db: Database, options: SearchOptions): Promise<SearchPage> {
  const sort: SearchSort = options.sort === 'relevance' && options.terms.length === 0 ? 'newest' : options.sort;
  const cursor = options.cursor === undefined ? null : decodeSearchCursor(options.cursor, sort);
  if (options.cursor !== undefined && cursor === null) throw new InvalidCursorError();

  const filters = await resolveFilters(db, options.filters ?? {});
  const first = await runSearch(db, { ...options, sort, filters }, options.terms, cursor);
  if (cursor || first.total !== 0 || options.terms.length === 0) return { ...first, correctedQuery: null };
  const corrected = await correctTerms(db, options.terms);
  if (corrected.join(' ') === options.terms.join(' ')) return { ...first, correctedQuery: null };
  const second = await runSearch(db, { ...options, sort, filters }, corrected, null);
  return { ...second, correctedQuery: second.total !== null && second.total > 0 ? corrected.join(' ') : null };
}

async function runSearch(db: Database, options: SearchOptions & { sort: SearchSort; filters: ResolvedFilters }, terms: readonly string[], cursor: ReturnType<typeof decodeSearchCursor>) {
  const text = terms.join(' ');
  const tsquery = sql<string>`plainto_tsquery('catalog.english_folded', ${text})`;
  const rank = sql<number>`ts_rank_cd(e.search_document, ${tsquery}, 32)`;
  const conditions = [...(terms.length > 0 ? [sql<SqlBool>`e.search_document @@ ${tsquery}`] : []), ...productConditions(options.filters)];
  const matches = (eb: { and: (expressions: Expression<SqlBool>[]) => Expression<SqlBool> }) => eb.and(conditions);

  // Creation time as text with microseconds: a JavaScript Date would cut it to milliseconds and break the keyset.
  const createdKey = sql<string>`to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  // Ranking reads each match's whole search document: only for the order that needs it (a category page sorted by
  // price would otherwise rank every product of the category before keeping 24).
  const selectedRank = options.sort === 'relevance' ? rank : sql<number>`0::real`;
  let query = summaries(db, options.currency).select(selectedRank.as('rank')).select(createdKey.as('created_key')).where(matches).limit(options.limit + 1);
  switch (options.sort) {
    case 'relevance':
      query = query.orderBy(rank, 'desc').orderBy('e.product_id');
      if (cursor) query = query.where(sql<SqlBool>`(${rank} < ${cursor.key}::real OR (${rank} = ${cursor.key}::real AND e.product_id > ${cursor.id}))`);
      break;
    case 'price-asc':
      query = query.orderBy('e.min_amount').orderBy('e.product_id');
      if (cursor) query = query.where((eb) => eb(eb.refTuple('e.min_amount', 'e.product_id'), '>', eb.tuple(Number(cursor.key), cursor.id)));
      break;
    case 'price-desc':
      query = query.orderBy('e.min_amount', 'desc').orderBy('e.product_id', 'desc');
      if (cursor) query = query.where((eb) => eb(eb.refTuple('e.min_amount', 'e.product_id'), '<', eb.tuple(Number(cursor.key), cursor.id)));
      break;
    case 'newest':
      query = query.orderBy('e.created_at', 'desc').orderBy('e.product_id', 'desc');
      if (cursor) query = query.where(sql<SqlBool>`(e.created_at, e.product_id) < (${String(cursor.key)}::timestamptz, ${cursor.id}::uuid)`);
      break;
  }
  // The first page counts its matches: read from the kept counts for a plain category page, else counted.
  const listing = countedListing(terms, options.filters);
  const counted = async () => {
    if (listing) return listingTotal(db, options.currency, listing);
    const row = await summaries(db, options.currency)
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .where(matches)
      .executeTakeFirstOrThrow();
    return Number(row.total);
  };
  const [rows, total] = await Promise.all([query.execute(), cursor ? null : counted()]);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  const key = (row: (typeof rows)[number]) =>
    options.sort === 'relevance' ? Number(row.rank) : options.sort === 'newest' ? row.created_key : Number(row.min_amount);
  return {
    items: page.map((row) => toSummary(row, options.currency)),
    nextCursor: rows.length > options.limit && last ? encodeSearchCursor({ sort: options.sort, key: key(last), id: last.id }) : null,
    total,
  };
}

/**
 * Each word the catalog does not know becomes its closest known word: candidates within edit distance 2 sharing the
 * first letter come from the vocabulary; catalog-domain's `closestWord` picks one, counting a swap of two letters
 * ("sheos") as one edit.
 */
async function correctTerms(db: Database, terms: readonly string[]): Promise<string[]> {
  return Promise.all(
    terms.map(async (term) => {
      const { rows } = await sql<{ term: string }>`
        SELECT t.term FROM catalog.search_term t
        WHERE t.term = catalog.fold(${term})
           OR (length(catalog.fold(${term})) > 3 AND left(t.term, 1) = left(catalog.fold(${term}), 1)
               AND levenshtein(t.term, catalog.fold(${term})) <= 2)
        LIMIT 200`.execute(db);
      return closestWord(term, rows.map((row) => row.term)) ?? term;
    }),
  );
}
