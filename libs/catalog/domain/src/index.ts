export { isVisibleToShoppers, PRODUCT_STATUSES, type ProductDetail, type ProductImage, type ProductStatus, type ProductSummary } from './lib/product';
export { isValidSlug, MAX_SLUG_LENGTH, slugify } from './lib/slug';
