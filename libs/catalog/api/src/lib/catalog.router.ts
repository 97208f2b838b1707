import { buildCategoryTree, parseSearchText, validateListingQuery } from '@emporium/catalog-domain';
import {
  cachedCatalogRead,
  catalogReadKey,
  findActiveProductBySlug,
  findCategoryBySlug,
  InvalidCursorError,
  listActiveProducts,
  listCategories,
  listCollections,
  relatedProducts,
  resolveFilters,
  searchFacets,
  searchProducts,
  suggest,
} from '@emporium/catalog-data-access';
import type { CurrencyCode } from '@emporium/money';
import type { Database } from '@emporium/platform-db';
import { domainError, invalidInput, publicProcedure, router, type ServiceRef } from '@emporium/platform-trpc';
import { catalogAdminRouter } from './catalog-admin.router';
import { catalogVariantsRouter } from './catalog-variants.router';
import { autocompleteInput, categoryBySlugInput, listProductsInput, productBySlugInput, searchProductsInput } from './catalog.inputs';

const badCursor = () => invalidInput([{ path: 'cursor', message: 'is not a cursor this listing produced; start from the first page' }]);

async function rethrowingBadCursor<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InvalidCursorError) throw badCursor();
    throw error;
  }
}

/** Each filter's values sorted, so a cache key does not depend on the order they were ticked in. */
function sortedValues(filter: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(filter).map(([name, values]) => [name, [...values].sort()]));
}

/** The product page, through the process's short-lived read cache (null, for an unknown slug, is cached too). */
function activeProduct(db: Database, slug: string, currency: CurrencyCode) {
  return cachedCatalogRead(db, 'product', catalogReadKey({ slug, currency }), () => findActiveProductBySlug(db, slug, currency));
}

const productsRouter = router({
  /** Active products, keyset-paginated in title order. */
  list: publicProcedure
    .input(listProductsInput)
    .query(({ ctx, input: { limit, cursor, q, currency } }) => rethrowingBadCursor(() => listActiveProducts(ctx.db, { limit, cursor, q, currency }))),

  /**
   * Search and category listing in one: text (stemmed, accent-insensitive, typo-tolerant), filters, sort, keyset
   * pages. The first page also carries the facets; later pages ("load more") do not repeat them.
   */
  search: publicProcedure.input(searchProductsInput).query(async ({ ctx, input }) => {
    const checked = validateListingQuery(input);
    if (!checked.ok) throw invalidInput(checked.error);
    const query = checked.value;
    const terms = parseSearchText(query.q ?? '').terms;
    const filters = {
      category: query.category,
      collection: query.collection,
      brands: query.brands,
      priceMin: query.priceMin,
      priceMax: query.priceMax,
      options: query.options,
      attributes: query.attributes,
      inStockOnly: query.inStockOnly,
    };
    // Normalised: the words as parsed, and values in any order (each filter matches any of its values).
    const key = catalogReadKey({
      ...filters,
      terms,
      brands: [...filters.brands].sort(),
      options: sortedValues(filters.options),
      attributes: sortedValues(filters.attributes),
      currency: query.currency,
      sort: query.sort,
      limit: query.limit,
      cursor: input.cursor ?? null,
    });
    return cachedCatalogRead(ctx.db, 'search', key, async () => {
      const resolved = await resolveFilters(ctx.db, filters);
      const [page, facets] = await Promise.all([
        rethrowingBadCursor(() =>
          searchProducts(ctx.db, { terms, currency: query.currency, sort: query.sort, limit: query.limit, cursor: input.cursor, filters: resolved }),
        ),
        input.cursor ? null : searchFacets(ctx.db, { terms, currency: query.currency, filters: resolved }),
      ]);
      // A corrected search ("sheos" → "shoes") shows the corrected results, so its facets must count those too.
      const shownFacets =
        facets && page.correctedQuery
          ? await searchFacets(ctx.db, { terms: parseSearchText(page.correctedQuery).terms, currency: query.currency, filters: resolved })
          : facets;
      return { ...page, sort: query.sort, facets: shownFacets };
    });
  }),

  /** What to suggest under the search box as the shopper types. */
  autocomplete: publicProcedure.input(autocompleteInput).query(({ ctx, input }) => {
    const terms = parseSearchText(input.q).terms;
    return cachedCatalogRead(ctx.db, 'suggest', catalogReadKey({ terms, currency: input.currency }), () => suggest(ctx.db, terms, input.currency));
  }),

  /** One active product; drafts and archived products are not found. */
  bySlug: publicProcedure.input(productBySlugInput).query(async ({ ctx, input }) => {
    const product = await activeProduct(ctx.db, input.slug, input.currency);
    if (!product) throw domainError('NOT_FOUND', 'PRODUCT_NOT_FOUND', `No product "${input.slug}"`, { slug: input.slug });
    return product;
  }),

  /** Other products from the same categories. */
  related: publicProcedure.input(productBySlugInput).query(async ({ ctx, input }) => {
    const product = await activeProduct(ctx.db, input.slug, input.currency);
    if (!product) throw domainError('NOT_FOUND', 'PRODUCT_NOT_FOUND', `No product "${input.slug}"`, { slug: input.slug });
    return cachedCatalogRead(ctx.db, 'related', catalogReadKey({ id: product.id, currency: input.currency }), () => relatedProducts(ctx.db, product.id, input.currency));
  }),
});

const categoriesRouter = router({
  /** The whole category tree, nested, in display order. */
  tree: publicProcedure.query(async ({ ctx }) => buildCategoryTree(await listCategories(ctx.db))),

  bySlug: publicProcedure.input(categoryBySlugInput).query(async ({ ctx, input }) => {
    const category = await findCategoryBySlug(ctx.db, input.slug);
    if (!category) throw domainError('NOT_FOUND', 'CATEGORY_NOT_FOUND', `No category "${input.slug}"`, { slug: input.slug });
    return category;
  }),
});

const collectionsRouter = router({
  list: publicProcedure.query(({ ctx }) => listCollections(ctx.db)),
});

export const catalogRouter = router({
  products: productsRouter,
  categories: categoriesRouter,
  collections: collectionsRouter,
  variants: catalogVariantsRouter,
  admin: catalogAdminRouter,
});

export type CatalogRouter = typeof catalogRouter;
/** How other services name the catalog when they call it. */
export type CatalogService = ServiceRef<'catalog', CatalogRouter>;
