import { checkNewOrder, edited, type EditResult, invalidFields, MAX_PRODUCT_IMAGES, notFound } from '@emporium/catalog-domain';
import type { DbTransaction } from '@emporium/platform-db';
import { catalogDb } from './catalog.tables';
import { lockProduct, owningProduct, touchProduct } from './product-edit-state';
import { refreshListingEntries } from './read-models';

// The first image is the product card's picture, so every change refreshes the listing entries.

async function lockImageOwner(trx: DbTransaction, imageId: string): Promise<string | null> {
  const productId = await owningProduct(trx, 'product_image', imageId);
  return productId && (await lockProduct(trx, productId)) ? productId : null;
}

async function imagesOf(trx: DbTransaction, productId: string) {
  return catalogDb(trx).selectFrom('product_image').select(['id', 'position']).where('product_id', '=', productId).orderBy('position').orderBy('id').execute();
}

async function finish(trx: DbTransaction, productId: string): Promise<void> {
  await touchProduct(trx, productId);
  await refreshListingEntries(trx, [productId]);
}

/** Adds an image after the product's others. */
export async function addImage(trx: DbTransaction, productId: string, image: { readonly url: string; readonly alt: string }): Promise<EditResult<{ readonly id: string }>> {
  if (!(await lockProduct(trx, productId))) return notFound('product', productId);
  const images = await imagesOf(trx, productId);
  if (images.length >= MAX_PRODUCT_IMAGES) return invalidFields([{ path: '', message: `a product has at most ${MAX_PRODUCT_IMAGES} images` }]);
  const position = Math.max(-1, ...images.map((existing) => existing.position)) + 1;
  const { id } = await catalogDb(trx).insertInto('product_image').values({ product_id: productId, url: image.url, alt: image.alt, position }).returning('id').executeTakeFirstOrThrow();
  await finish(trx, productId);
  return edited({ id });
}

/** Changes an image's alternative text (what screen readers say and search engines read). */
export async function updateImage(trx: DbTransaction, imageId: string, changes: { readonly alt: string }): Promise<EditResult<{ readonly id: string }>> {
  const productId = await lockImageOwner(trx, imageId);
  if (!productId) return notFound('image', imageId);
  const { numUpdatedRows } = await catalogDb(trx).updateTable('product_image').set({ alt: changes.alt }).where('id', '=', imageId).executeTakeFirstOrThrow();
  if (numUpdatedRows === 0n) return notFound('image', imageId);
  await finish(trx, productId);
  return edited({ id: imageId });
}

/** Puts the product's images in the given order; the list must hold each of its images exactly once. */
export async function reorderImages(trx: DbTransaction, productId: string, imageIds: readonly string[]): Promise<EditResult<{ readonly id: string }>> {
  if (!(await lockProduct(trx, productId))) return notFound('product', productId);
  const check = checkNewOrder((await imagesOf(trx, productId)).map((image) => image.id), imageIds);
  if (!check.ok) {
    const { missing, unknown, repeated } = check.error;
    return invalidFields([
      ...(missing.length ? [{ path: 'imageIds', message: `leaves out ${missing.join(', ')}` }] : []),
      ...(unknown.length ? [{ path: 'imageIds', message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is not an image' : 'are not images'} of this product` }] : []),
      ...(repeated.length ? [{ path: 'imageIds', message: `lists ${repeated.join(', ')} more than once` }] : []),
    ]);
  }
  const db = catalogDb(trx);
  for (const [position, id] of imageIds.entries()) await db.updateTable('product_image').set({ position }).where('id', '=', id).execute();
  await finish(trx, productId);
  return edited({ id: productId });
}

export async function removeImage(trx: DbTransaction, imageId: string): Promise<EditResult<{ readonly id: string }>> {
  const productId = await lockImageOwner(trx, imageId);
  if (!productId) return notFound('image', imageId);
  const { numDeletedRows } = await catalogDb(trx).deleteFrom('product_image').where('id', '=', imageId).executeTakeFirstOrThrow();
  if (numDeletedRows === 0n) return notFound('image', imageId);
  await finish(trx, productId);
  return edited({ id: imageId });
}
