export {
  type CategoryRef,
  isVisibleToShoppers,
  PRODUCT_STATUSES,
  type ProductDetail,
  type ProductImage,
  type ProductStatus,
  type ProductSummary,
  type ProductVariantView,
} from './lib/product';
export { isValidSlug, MAX_SLUG_LENGTH, slugify } from './lib/slug';
export type { Check, Result } from './lib/result';
export {
  ancestorsOf,
  buildCategoryTree,
  type Category,
  type CategoryMoveError,
  type CategoryNode,
  categoryPath,
  descendantIds,
  validateMove,
} from './lib/category-tree';
export {
  findVariant,
  isValidSku,
  MAX_SKU_LENGTH,
  type OptionAvailability,
  type OptionSelection,
  type ProductOption,
  selectableValues,
  validateVariants,
  type ValueAvailability,
  VARIANT_STATUSES,
  type VariantChoice,
  type VariantDefinition,
  type VariantProblem,
  type VariantStatus,
} from './lib/variant-matrix';
export { bucketOf, DEFAULT_PRICE_BUCKET_COUNT, type PriceBucket, priceBuckets } from './lib/price-buckets';
export { autocompletePrefix, MAX_SEARCH_TERM_LENGTH, MAX_SEARCH_TERMS, parseSearchText, type SearchText } from './lib/search-query';
export {
  DEFAULT_LISTING_LIMIT,
  type FacetFilter,
  type FieldError,
  LISTING_SORTS,
  type ListingQuery,
  type ListingQueryInput,
  type ListingSort,
  MAX_FACET_VALUES,
  MAX_LISTING_LIMIT,
  validateListingQuery,
} from './lib/listing-query';
export {
  canPublish,
  nextStatuses,
  type PublishBlocker,
  type PublishCandidate,
  statusTransition,
  type StatusTransitionError,
} from './lib/product-rules';
export { closestWord, editDistance } from './lib/closest-word';
export { csvAmount, type CsvProductDraft, type CsvRowError, MAX_IMPORT_ROWS, PRODUCT_CSV_COLUMNS, productsFromCsv } from './lib/product-csv';
export { compareOptionValues } from './lib/option-order';
export { DEFAULT_TAX_CLASS, isValidTaxClass, SUGGESTED_TAX_CLASSES, TAX_CLASS_RULE } from './lib/tax-class';
export { type CatalogEditError, type CatalogEntity, edited, type EditResult, invalidFields, notFound } from './lib/catalog-edit-error';
export {
  canDeleteCategory,
  type CategoryDeletionError,
  checkLiveProduct,
  checkNewOrder,
  describeVariantProblem,
  MAX_PRODUCT_IMAGES,
  MAX_PRODUCT_OPTIONS,
  type OrderProblem,
} from './lib/catalog-editing';
