import {
  addCollectionProduct,
  createCollection,
  deleteCollection,
  findCollectionForStaff,
  listCollectionsForStaff,
  removeCollectionProduct,
  setCollectionProducts,
  updateCollection,
} from '@emporium/catalog-data-access';
import { router, staffProcedure } from '@emporium/platform-trpc';
import { notFoundError, runEdit } from './catalog-admin.errors';
import {
  collectionIdInput,
  collectionProductInput,
  createCollectionInput,
  setCollectionProductsInput,
  updateCollectionInput,
} from './catalog-admin-taxonomy.inputs';

// Membership is part of every listing entry (the collection filter), so membership changes refresh those entries.

export const adminCollectionsRouter = router({
  /** Every collection in display order, with how many products it holds. */
  list: staffProcedure.query(({ ctx }) => listCollectionsForStaff(ctx.db)),

  /** One collection with its products in order, whatever their status. */
  get: staffProcedure.input(collectionIdInput).query(async ({ ctx, input }) => {
    const collection = await findCollectionForStaff(ctx.db, input.id);
    if (!collection) throw notFoundError('collection', input.id);
    return collection;
  }),

  /** A new collection (after the existing ones), optionally with its products in order. */
  create: staffProcedure.input(createCollectionInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => createCollection(trx, input))),

  update: staffProcedure.input(updateCollectionInput).mutation(({ ctx, input: { id, ...changes } }) => runEdit(ctx.db, (trx) => updateCollection(trx, id, changes))),

  /** Deletes the collection; its products stay in the catalog. */
  delete: staffProcedure.input(collectionIdInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => deleteCollection(trx, input.id))),

  /** Makes the collection exactly these products, in this order. */
  setProducts: staffProcedure.input(setCollectionProductsInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => setCollectionProducts(trx, input.id, input.productIds))),

  /** Adds a product at the end; one already in the collection stays where it is (`added: false`). */
  addProduct: staffProcedure.input(collectionProductInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => addCollectionProduct(trx, input.id, input.productId))),

  /** Takes a product out of the collection (`removed: false` if it was not in it). */
  removeProduct: staffProcedure.input(collectionProductInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => removeCollectionProduct(trx, input.id, input.productId))),
});
