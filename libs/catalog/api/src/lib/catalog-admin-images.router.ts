import { addImage, removeImage, reorderImages, updateImage } from '@emporium/catalog-data-access';
import { router, staffProcedure } from '@emporium/platform-trpc';
import { runEdit } from './catalog-admin.errors';
import { addImageInput, imageIdInput, reorderImagesInput, updateImageInput } from './catalog-admin-variants.inputs';

/** A product's gallery; the first image is its picture on product cards. */
export const adminImagesRouter = router({
  /** Adds an image after the others. */
  add: staffProcedure.input(addImageInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => addImage(trx, input.productId, input))),

  update: staffProcedure.input(updateImageInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => updateImage(trx, input.id, input))),

  /** Puts all of the product's images in this order. */
  reorder: staffProcedure.input(reorderImagesInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => reorderImages(trx, input.productId, input.imageIds))),

  remove: staffProcedure.input(imageIdInput).mutation(({ ctx, input }) => runEdit(ctx.db, (trx) => removeImage(trx, input.id))),
});
