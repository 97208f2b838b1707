import { TRPCError } from '@trpc/server';
import { canPublish, type VariantProblem, validateVariants } from '@emporium/catalog-domain';
import {
  catalogDb,
  changeProductStatus,
  insertCategory,
  insertProduct,
  listProductsForStaff,
  moveCategory,
  setVariantPrice,
} from '@emporium/catalog-data-access';
import type { CurrencyCode } from '@emporium/money';
import { inTransaction, isUniqueViolation } from '@emporium/platform-db';
import { domainError, type FieldError, invalidInput, router, staffProcedure } from '@emporium/platform-trpc';
import { exportProductsCsv, importProductsCsv } from './catalog-csv';
import { createCategoryInput, createProductInput, importCsvInput, moveCategoryInput, setPriceInput, setStatusInput, staffProductListInput } from './catalog-admin.inputs';

function variantProblemField(problem: VariantProblem): FieldError {
  switch (problem.type) {
    case 'DuplicateOptionName':
      return { path: 'options', message: `option "${problem.option}" is listed twice` };
    case 'DuplicateOptionValue':
      return { path: 'options', message: `option "${problem.option}" lists "${problem.value}" twice` };
    case 'MissingOptionValue':
      return { path: `variants.${problem.variantIndex}.optionValues`, message: `needs a value for "${problem.option}"` };
    case 'UnknownOption':
      return { path: `variants.${problem.variantIndex}.optionValues`, message: `"${problem.option}" is not one of the product's options` };
    case 'UnknownOptionValue':
      return { path: `variants.${problem.variantIndex}.optionValues`, message: `"${problem.value}" is not a value of "${problem.option}"` };
    case 'DuplicateCombination':
      return { path: `variants.${problem.variantIndexes[1] ?? 0}.optionValues`, message: 'another variant has the same options' };
    case 'InvalidSku':
      return { path: `variants.${problem.variantIndex}.sku`, message: 'must be 1–64 letters, digits, dots, hyphens or underscores' };
    case 'DuplicateSku':
      return { path: `variants.${problem.variantIndexes[1] ?? 0}.sku`, message: `SKU "${problem.sku}" is used twice` };
  }
}

const productsRouter = router({
  /** Every product whatever its status, for the admin list. */
  list: staffProcedure.input(staffProductListInput).query(({ ctx, input }) =>
    listProductsForStaff(ctx.db, { q: input.q || undefined, status: input.status, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }),
  ),

  /** A new product with its options, variants, prices, categories, images and attributes, all or nothing. */
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
          options: input.options,
          variants: input.variants,
          categoryIds: categories.map((category) => category.id),
          images: input.images,
          attributes: input.attributes,
        });
        return { id };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'product_slug_key')) throw invalidInput([{ path: 'slug', message: 'is already used by another product' }]);
      if (isUniqueViolation(error, 'variant_sku_key')) throw invalidInput([{ path: 'variants', message: 'a SKU is already used by another product' }]);
      throw error;
    }
  }),

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

const variantsRouter = router({
  /** Sets a variant's price in one currency (amount null removes it); compare-at must be above the price. */
  setPrice: staffProcedure.input(setPriceInput).mutation(async ({ ctx, input }) => {
    const result = await inTransaction(ctx.db, (trx) => setVariantPrice(trx, input));
    if (result.ok) return { ok: true as const };
    if (result.error.type === 'VariantNotFound') throw domainError('NOT_FOUND', 'VARIANT_NOT_FOUND', 'No such variant', { id: input.variantId });
    throw invalidInput([{ path: 'compareAtAmount', message: 'must be above the price' }]);
  }),
});

const categoriesRouter = router({
  create: staffProcedure.input(createCategoryInput).mutation(async ({ ctx, input }) => {
    try {
      return await inTransaction(ctx.db, async (trx) => {
        const parent = input.parent ? await catalogDb(trx).selectFrom('category').select('id').where('slug', '=', input.parent).executeTakeFirst() : null;
        if (input.parent && !parent) throw invalidInput([{ path: 'parent', message: `no category "${input.parent}"` }]);
        return { id: await insertCategory(trx, { slug: input.slug, name: input.name, description: input.description, parentId: parent?.id ?? null }) };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'category_slug_key')) throw invalidInput([{ path: 'slug', message: 'is already used by another category' }]);
      throw error;
    }
  }),

  /** Moves a category with everything below it; refuses to put a category inside itself or its descendants. */
  move: staffProcedure.input(moveCategoryInput).mutation(async ({ ctx, input }) => {
    const result = await inTransaction(ctx.db, async (trx) => {
      const db = catalogDb(trx);
      const category = await db.selectFrom('category').select('id').where('slug', '=', input.slug).executeTakeFirst();
      if (!category) throw domainError('NOT_FOUND', 'CATEGORY_NOT_FOUND', `No category "${input.slug}"`, { slug: input.slug });
      const parent = input.parent ? await db.selectFrom('category').select('id').where('slug', '=', input.parent).executeTakeFirst() : null;
      if (input.parent && !parent) throw invalidInput([{ path: 'parent', message: `no category "${input.parent}"` }]);
      return moveCategory(trx, category.id, parent?.id ?? null);
    });
    if (result.ok) return { ok: true as const };
    if (result.error.type === 'WouldCreateCycle') throw invalidInput([{ path: 'parent', message: 'cannot move a category inside itself or below it' }]);
    throw new TRPCError({ code: 'NOT_FOUND', message: 'No such category' });
  }),
});

const csvRouter = router({
  /** The whole catalog as a product CSV, one row per variant. */
  exportProducts: staffProcedure.query(async ({ ctx }) => ({ filename: 'products.csv', csv: await exportProductsCsv(ctx.db) })),

  /** New products from a product CSV; any bad row or field and nothing is imported, with every problem reported. */
  importProducts: staffProcedure.input(importCsvInput).mutation(async ({ ctx, input }) => {
    const result = await importProductsCsv(ctx.db, input.csv);
    if (!result.ok) throw invalidInput(result.errors.map((error) => ({ path: `rows.${error.row}${error.column ? `.${error.column}` : ''}`, message: error.message })));
    return { products: result.products, variants: result.variants };
  }),
});

/** Catalog management for staff and admins. Every procedure here refuses anyone else before reading input. */
export const catalogAdminRouter = router({
  products: productsRouter,
  variants: variantsRouter,
  categories: categoriesRouter,
  csv: csvRouter,
});
