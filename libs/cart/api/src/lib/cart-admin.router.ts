import { router } from '@emporium/platform-trpc';
import { promotionsAdminRouter } from './promotions-admin.router';
import { taxAdminRouter } from './tax-admin.router';

/** The cart service's back office, mounted as `cart.admin`. */
export const cartAdminRouter = router({ promotions: promotionsAdminRouter, tax: taxAdminRouter });
