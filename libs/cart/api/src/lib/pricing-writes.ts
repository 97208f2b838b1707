import { forgetPricingSettings } from '@emporium/cart-data-access';
import { adminProcedure, middleware, staffProcedure } from '@emporium/platform-trpc';

/** After a successful change to what carts are priced with, this process's carts stop using what they cached. */
const forgetsPricingSettings = middleware(async ({ ctx, next }) => {
  const result = await next();
  if (result.ok) forgetPricingSettings(ctx.db);
  return result;
});

/** Staff changes to promotions (automatic ones are cached for carts). */
export const pricingStaffWrite = staffProcedure.use(forgetsPricingSettings);

/** Admin changes to tax and currency settings. */
export const pricingAdminWrite = adminProcedure.use(forgetsPricingSettings);
