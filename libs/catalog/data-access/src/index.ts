export { catalogMigrationSet } from './lib/catalog.migrations';
export { type CatalogTables, catalogDb } from './lib/catalog.tables';
export { DEMO_BRANDS, DEMO_CATEGORIES, DEMO_COLLECTIONS, DEMO_PRODUCTS, type DemoProduct } from './lib/demo-catalog';
export { findActiveProductBySlug, InvalidCursorError, type ListProductsOptions, listActiveProducts, type ProductPage } from './lib/product.repository';
export { insertProduct, type PriceDraft, type ProductChanges, type ProductDraft, updateProduct, type VariantDraft } from './lib/product-writer';
export { refreshListingEntries, refreshListingModels, refreshSearchDocuments } from './lib/read-models';
export { type CategoryDraft, insertBrand, insertCategory, insertCollection } from './lib/taxonomy-writer';
export { demoId, seedDemoCatalog } from './lib/seed';
export { searchProducts, type SearchOptions, type SearchPage } from './lib/product-search';
export type { SearchSort } from './lib/search-cursor';
export { type FacetRequest, type FacetValue, searchFacets, type SearchFacets } from './lib/search-facets';
export { type ResolvedFilters, resolveFilters, type SearchFilters } from './lib/search-filters';
export {
  CATALOG_READ_CACHE_TTL_MS,
  cachedCatalogRead,
  type CatalogReadKind,
  catalogReadKey,
  invalidateCatalogReads,
  invalidateCatalogReadsOnCommit,
  openCatalogWrites,
} from './lib/search-cache';
export { findCategoryBySlug, findCollectionBySlug, listCategories, listCollections, relatedProducts, suggest, type Suggestions } from './lib/browse.repository';
export { changeProductStatus, listBrands, listProductsForStaff, moveCategory, productTitles, type StaffProductRow, type StatusChangeResult } from './lib/product-admin.repository';
export { findProductForStaff, type StaffOption, type StaffPrice, type StaffProductDetail, type StaffVariant } from './lib/product-admin-detail';
export { addOption, removeOption, renameOption, setOptionValues } from './lib/option-writer';
export {
  createVariant,
  type NewVariant,
  removeVariantPrice,
  setVariantPrice,
  setVariantStatus,
  type SkuRename,
  updateVariant,
  type VariantChanges,
} from './lib/variant-writer';
export { publishSkusRegistered, type SkuChange, type SkuEventPublisher, SKUS_PER_EVENT, SKUS_REGISTERED, type SkusRegistered } from './lib/sku-events';
export { addImage, removeImage, reorderImages, updateImage } from './lib/image-writer';
export {
  type CategoryChanges,
  deleteCategory,
  listCategoriesForStaff,
  type StaffCategory,
  staffCategoryTree,
  type StaffCategoryNode,
  updateCategory,
} from './lib/category-admin.repository';
export {
  addCollectionProduct,
  type CollectionChanges,
  createCollection,
  deleteCollection,
  findCollectionForStaff,
  listCollectionsForStaff,
  type NewCollection,
  removeCollectionProduct,
  setCollectionProducts,
  type StaffCollection,
  type StaffCollectionDetail,
  updateCollection,
} from './lib/collection-admin.repository';
export { type ExportedVariantRow, exportVariantRows } from './lib/product-export';
export { lookupVariantsForCart, type VariantForCart } from './lib/variant-lookup';
export { type AvailabilityChanged, applyAvailabilityChange } from './lib/availability-projection';
export {
  type GeneratedCatalog,
  GeneratedCatalogConflictError,
  generateCatalog,
  isPlaceholderKind,
  type LoadGeneratedCatalogOptions,
  loadGeneratedCatalog,
  type PlaceholderKind,
  placeholderSvg,
} from './lib/generated-catalog';
export { type DemoCatalogOptions, seedDemoData } from './lib/demo-data';
