import { listBrands } from '@emporium/catalog-data-access';
import { invalidInput, router, staffProcedure } from '@emporium/platform-trpc';
import { exportProductsCsv, importProductsCsv } from './catalog-csv';
import { adminCategoriesRouter } from './catalog-admin-categories.router';
import { adminCollectionsRouter } from './catalog-admin-collections.router';
import { adminImagesRouter } from './catalog-admin-images.router';
import { adminProductsRouter } from './catalog-admin-products.router';
import { adminOptionsRouter, adminVariantsRouter } from './catalog-admin-variants.router';
import { importCsvInput } from './catalog-admin.inputs';

const brandsRouter = router({
  /** Every brand, by name: what the product editor offers (`products.create`/`update` take the brand's slug). */
  list: staffProcedure.query(({ ctx }) => listBrands(ctx.db)),
});

const csvRouter = router({
  /** The whole catalog as a product CSV, one row per variant. */
  exportProducts: staffProcedure.query(async ({ ctx }) => ({ filename: 'products.csv', csv: await exportProductsCsv(ctx.db) })),

  /** New products from a product CSV; any bad row or field and nothing is imported, with every problem reported. */
  importProducts: staffProcedure.input(importCsvInput).mutation(async ({ ctx, input }) => {
    const result = await importProductsCsv(ctx.db, ctx.events, input.csv);
    if (!result.ok) throw invalidInput(result.errors.map((error) => ({ path: `rows.${error.row}${error.column ? `.${error.column}` : ''}`, message: error.message })));
    return { products: result.products, variants: result.variants };
  }),
});

/**
 * Catalog management for staff and admins (`catalog.admin.*`). Every procedure here refuses anyone else before
 * reading input, runs its writes in one transaction, and refreshes what shoppers see (search documents, listing
 * entries) in that same transaction.
 */
export const catalogAdminRouter = router({
  products: adminProductsRouter,
  options: adminOptionsRouter,
  variants: adminVariantsRouter,
  images: adminImagesRouter,
  brands: brandsRouter,
  categories: adminCategoriesRouter,
  collections: adminCollectionsRouter,
  csv: csvRouter,
});
