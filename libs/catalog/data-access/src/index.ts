export { catalogMigrationSet } from './lib/catalog.migrations';
export { type CatalogTables, catalogDb } from './lib/catalog.tables';
export { DEMO_BRANDS, DEMO_CATEGORIES, DEMO_COLLECTIONS, DEMO_PRODUCTS, type DemoProduct } from './lib/demo-catalog';
export { findActiveProductBySlug, InvalidCursorError, type ListProductsOptions, listActiveProducts, type ProductPage } from './lib/product.repository';
export { insertProduct, type PriceDraft, type ProductDraft, type VariantDraft } from './lib/product-writer';
export { refreshPriceRanges, refreshSearchDocuments } from './lib/read-models';
export { type CategoryDraft, insertBrand, insertCategory, insertCollection } from './lib/taxonomy-writer';
export { demoId, seedDemoCatalog } from './lib/seed';
