export { catalogMigrationSet } from './lib/catalog.migrations';
export { type CatalogTables, catalogDb } from './lib/catalog.tables';
export { DEMO_PRODUCTS, type DemoProduct } from './lib/demo-catalog';
export { findActiveProductBySlug, InvalidCursorError, listActiveProducts, type ProductPage } from './lib/product.repository';
export { seedDemoCatalog } from './lib/seed';
