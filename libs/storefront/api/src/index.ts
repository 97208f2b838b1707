export { storefrontRouter, type StorefrontRouter, type StorefrontService } from './lib/storefront.router';
