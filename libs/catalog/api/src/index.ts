export { catalogRouter, type CatalogRouter, type CatalogService } from './lib/catalog.router';
export { availabilityChangedHandler, catalogEventHandlers } from './lib/catalog.handlers';
