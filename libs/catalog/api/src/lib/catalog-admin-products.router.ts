import { canPublish, validateVariants } from '@emporium/catalog-domain';
import {
  catalogDb,
  changeProductStatus,
  findProductForStaff,
  insertProduct,
  listProductsForStaff,
  productTitles,
  publishSkusRegistered,
  updateProduct,
} from '@emporium/catalog-data-access';
import type { CurrencyCode } from '@emporium/money';
import { inTransaction, isUniqueViolation } from '@emporium/platform-db';
import { domainError, invalidInput, router, staffProcedure } from '@emporium/platform-trpc';
import { notFoundError, runEdit, variantProblemField } from './catalog-admin.errors';
import { createProductInput, productIdInput, productTitlesInput, setStatusInput, staffProductListInput, updateProductInput } from './catalog-admin.inputs';

export const adminProductsRouter = router({
  /** Every product whatever its status, for the admin list. */
  list: staffProcedure.input(staffProductListInput).query(({ ctx, input }) =>
    listProductsForStaff(ctx.db, { q: input.q || undefined, status: input.status, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }),
  ),

  /** Titles and statuses of the named products (unknown ids left out), to label products chosen elsewhere. */
  titles: staffProcedure.input(productTitlesInput).query(({ ctx, input }) => productTitles(ctx.db, input.ids)),

  /** One product of any status with everything the product editor shows: options, variants, prices, images, categories, collections. */
  get: staffProcedure.input(productIdInput).query(async ({ ctx, input }) => {
    const product = await findProductForStaff(ctx.db, input.id);
    if (!product) throw notFoundError('product', input.id);
    return product;
  }),

  /**
   * A new product with its options, variants, prices, categories, images and attributes, all or nothing; its SKUs
   * are told to the inventory (`catalog.skus-registered`) in the same transaction.
   */
  create: staffProcedure.input(createProductInput).mutation(async ({ ctx, input }) => {
    const problems = validateVariants(
      input.options,
      input.variants.map((variant) => ({ sku: variant.sku, optionValues: variant.optionValues, status: 'active' as const })),
    ).map(variantProblemField);
    input.variants.forEach((variant, index) =>
      variant.prices.forEach((price, priceIndex) => {
        if (price.compareAtAmount !== null && price.compareAtAmount <= price.amount) {
          problems.push({ path: `variants.${index}.prices.${priceIndex}.compareAtAmount`, message: 'must be above the price' });
        }
      }),
    );
    if (input.status === 'active') {
      const check = canPublish({
        title: input.title,
        slug: input.slug,
        variants: input.variants.map((variant) => ({ sku: variant.sku, status: 'active', prices: variant.prices.map((price) => ({ amount: price.amount, currency: price.currency as CurrencyCode })) })),
      });
      if (!check.ok) problems.push(...check.error.map((blocker) => ({ path: 'status', message: `cannot publish: ${blocker.type}` })));
    }
    if (problems.length > 0) throw invalidInput(problems);

    try {
      return await inTransaction(ctx.db, async (trx) => {
        const db = catalogDb(trx);
        const brand = input.brand ? await db.selectFrom('brand').select('id').where('slug', '=', input.brand).executeTakeFirst() : null;
        if (input.brand && !brand) throw invalidInput([{ path: 'brand', message: `no brand "${input.brand}"` }]);
        const categories = input.categories.length ? await db.selectFrom('category').select(['id', 'slug']).where('slug', 'in', input.categories).execute() : [];
        const missing = input.categories.filter((slug) => !categories.some((category) => category.slug === slug));
        if (missing.length > 0) throw invalidInput(missing.map((slug) => ({ path: 'categories', message: `no category "${slug}"` })));
        const id = await insertProduct(trx, {
          slug: input.slug,
          title: input.title,
          description: input.description,
          brandId: brand?.id ?? null,
          status: input.status,
          seoTitle: input.seoTitle,
          seoDescription: input.seoDescription,
          taxClass: input.taxClass,
          options: input.options,
          variants: input.variants,
          categoryIds: categories.map((category) => category.id),
          images: input.images,
          attributes: input.attributes,
        });
        await publishSkusRegistered(trx, ctx.events, { skus: input.variants.map((variant) => variant.sku) });
        return { id };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'product_slug_key')) throw invalidInput([{ path: 'slug', message: 'is already used by another product' }]);
      if (isUniqueViolation(error, 'variant_sku_key')) throw invalidInput([{ path: 'variants', message: 'a SKU is already used by another product' }]);
      throw error;
    }
  }),

  /**
   * Changes a product's title, slug, description, brand (by slug, as `create`), SEO fields, tax class, attributes and
   * categories (by id; both replace the whole set). Absent fields stay; shoppers' listings follow at once.
   */
  update: staffProcedure.input(updateProductInput).mutation(({ ctx, input: { id, ...changes } }) => runEdit(ctx.db, (trx) => updateProduct(trx, id, changes))),

  /** Publish, archive, restore or unpublish. */
  setStatus: staffProcedure.input(setStatusInput).mutation(async ({ ctx, input }) => {
    const result = await inTransaction(ctx.db, (trx) => changeProductStatus(trx, input.id, input.status));
    if (result.ok) return { status: result.status };
    switch (result.error.type) {
      case 'ProductNotFound':
        throw domainError('NOT_FOUND', 'PRODUCT_NOT_FOUND', 'No such product', { id: input.id });
      case 'TransitionNotAllowed':
        throw domainError('CONFLICT', 'STATUS_TRANSITION_NOT_ALLOWED', `A ${result.error.from} product cannot become ${result.error.to}`, { ...result.error });
      case 'CannotPublish':
        throw domainError('CONFLICT', 'CANNOT_PUBLISH', 'The product is not ready to go live', { blockers: result.error.blockers });
    }
  }),
});
