import { buildCategoryTree, parseSearchText, validateListingQuery } from '@emporium/catalog-domain';
import {
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
import { domainError, invalidInput, publicProcedure, router, type ServiceRef } from '@emporium/platform-trpc';
import { catalogAdminRouter } from './catalog-admin.router';
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
    const filters = await resolveFilters(ctx.db, {
      category: query.category,
      collection: query.collection,
      brands: query.brands,
      priceMin: query.priceMin,
      priceMax: query.priceMax,
      options: query.options,
      attributes: query.attributes,
      inStockOnly: query.inStockOnly,
    });
    const [page, facets] = await Promise.all([
      rethrowingBadCursor(() => searchProducts(ctx.db, { terms, currency: query.currency, sort: query.sort, limit: query.limit, cursor: input.cursor, filters })),
      input.cursor ? null : searchFacets(ctx.db, { terms, currency: query.currency, filters }),
    ]);
    // A corrected search ("sheos" → "shoes") shows the corrected results, so its facets must count those too.
    const shownFacets = facets && page.correctedQuery ? await searchFacets(ctx.db, { terms: parseSearchText(page.correctedQuery).terms, currency: query.currency, filters }) : facets;
    return { ...page, sort: query.sort, facets: shownFacets };
  }),

  /** What to suggest under the search box as the shopper types. */
  autocomplete: publicProcedure.input(autocompleteInput).query(({ ctx, input }) => suggest(ctx.db, parseSearchText(input.q).terms, input.currency)),

  /** One active product; drafts and archived products are not found. */
  bySlug: publicProcedure.input(productBySlugInput).query(async ({ ctx, input }) => {
    const product = await findActiveProductBySlug(ctx.db, input.slug, input.currency);
    if (!product) throw domainError('NOT_FOUND', 'PRODUCT_NOT_FOUND', `No product "${input.slug}"`, { slug: input.slug });
    return product;
  }),

  /** Other products from the same categories. */
  related: publicProcedure.input(productBySlugInput).query(async ({ ctx, input }) => {
    const product = await findActiveProductBySlug(ctx.db, input.slug, input.currency);
    if (!product) throw domainError('NOT_FOUND', 'PRODUCT_NOT_FOUND', `No product "${input.slug}"`, { slug: input.slug });
    return relatedProducts(ctx.db, product.id, input.currency);
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
  admin: catalogAdminRouter,
});

export type CatalogRouter = typeof catalogRouter;
/** How other services name the catalog when they call it. */
export type CatalogService = ServiceRef<'catalog', CatalogRouter>;
