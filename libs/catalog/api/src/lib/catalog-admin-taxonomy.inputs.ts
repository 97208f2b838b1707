import { z } from 'zod';
import { id, idList, position, slug } from './catalog-admin.inputs';

const categoryName = z.string().trim().min(1).max(100);
const categoryDescription = z.string().max(2000);
const collectionTitle = z.string().trim().min(1).max(200);
const collectionDescription = z.string().max(2000);
const collectionProducts = idList(1000, 'product');

export const createCategoryInput = z.object({ slug, name: categoryName, parent: slug.nullable().default(null), description: categoryDescription.default('') }).strict();

export const moveCategoryInput = z.object({ slug, parent: slug.nullable() }).strict();

/** Absent fields stay as they are. Moving is `categories.move`. */
export const updateCategoryInput = z
  .object({ id, slug: slug.optional(), name: categoryName.optional(), description: categoryDescription.optional(), position: position.optional() })
  .strict();

export const categoryIdInput = z.object({ id }).strict();

export const collectionIdInput = z.object({ id }).strict();

export const createCollectionInput = z
  .object({ slug, title: collectionTitle, description: collectionDescription.default(''), productIds: collectionProducts.default([]) })
  .strict();

export const updateCollectionInput = z
  .object({ id, slug: slug.optional(), title: collectionTitle.optional(), description: collectionDescription.optional(), position: position.optional() })
  .strict();

/** The collection's products, exactly and in order. */
export const setCollectionProductsInput = z.object({ id, productIds: collectionProducts }).strict();

export const collectionProductInput = z.object({ id, productId: id }).strict();
