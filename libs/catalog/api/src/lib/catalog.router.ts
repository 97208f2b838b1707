import { findActiveProductBySlug, InvalidCursorError, listActiveProducts } from '@emporium/catalog-data-access';
import { domainError, publicProcedure, router, type ServiceRef } from '@emporium/platform-trpc';
import { listProductsInput, productBySlugInput } from './catalog.inputs';

const productsRouter = router({
  /** Active products, keyset-paginated in title order. */
  list: publicProcedure.input(listProductsInput).query(async ({ ctx, input: { limit, cursor, q, currency } }) => {
    try {
      return await listActiveProducts(ctx.db, { limit, cursor, q, currency });
    } catch (error) {
      if (error instanceof InvalidCursorError) {
        throw domainError('BAD_REQUEST', 'INVALID_CURSOR', error.message, { field: 'cursor' });
      }
      throw error;
    }
  }),

  /** One active product; drafts and archived products are not found. */
  bySlug: publicProcedure.input(productBySlugInput).query(async ({ ctx, input }) => {
    const product = await findActiveProductBySlug(ctx.db, input.slug, input.currency);
    if (!product) throw domainError('NOT_FOUND', 'PRODUCT_NOT_FOUND', `No product "${input.slug}"`, { slug: input.slug });
    return product;
  }),
});

export const catalogRouter = router({
  products: productsRouter,
});

export type CatalogRouter = typeof catalogRouter;
/** How other services name the catalog when they call it. */
export type CatalogService = ServiceRef<'catalog', CatalogRouter>;
