import { TRPCError } from '@trpc/server';
import { catalogDb, deleteCategory, insertCategory, moveCategory, staffCategoryTree, updateCategory } from '@emporium/catalog-data-access';
import { inTransaction, isUniqueViolation } from '@emporium/platform-db';
import { domainError, invalidInput, router, staffProcedure } from '@emporium/platform-trpc';
import { runEdit } from './catalog-admin.errors';
import { categoryIdInput, createCategoryInput, moveCategoryInput, updateCategoryInput } from './catalog-admin-taxonomy.inputs';

export const adminCategoriesRouter = router({
  /** The whole tree as the public one, plus each category's description and direct product count (what deleting needs). */
  tree: staffProcedure.query(({ ctx }) => staffCategoryTree(ctx.db)),

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

  /** Renames, re-slugs, re-describes or re-orders a category; products filed under it are re-indexed for search. */
  update: staffProcedure.input(updateCategoryInput).mutation(({ ctx, input: { id, ...changes } }) => runEdit(ctx.db, (trx) => updateCategory(trx, id, changes))),

  /**
   * Deletes an empty category. One with subcategories or products is refused (CONFLICT, reason CATEGORY_NOT_EMPTY,
   * with the counts): staff move them first, so nothing disappears from the shop's navigation by accident.
   */
  delete: staffProcedure.input(categoryIdInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => deleteCategory(trx, input.id))),

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
