import { deleteAbandonedGuestCarts } from '@emporium/cart-data-access';
import type { JobDefinition } from '@emporium/platform-events';
import { GUEST_CART_DAYS } from './cart-cookie';

/** Carts removed per run; a backlog drains over the following hours without one long statement. */
const BATCH = 5_000;

/** Every hour: guest carts nobody touched for 30 days (and guest carts long since merged) are deleted. */
export const expireGuestCartsJob: JobDefinition = {
  name: 'cart.expire-guest-carts',
  cron: '17 * * * *',
  async handle(_data, { db, logger }) {
    const before = new Date(Date.now() - GUEST_CART_DAYS * 24 * 60 * 60 * 1000);
    const deleted = await deleteAbandonedGuestCarts(db, before, BATCH);
    if (deleted > 0) logger.info({ deleted }, 'abandoned guest carts deleted');
  },
};
