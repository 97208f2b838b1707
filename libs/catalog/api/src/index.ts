export { catalogRouter, type CatalogRouter, type CatalogService } from './lib/catalog.router';
