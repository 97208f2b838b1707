import { expireReservations } from '@emporium/inventory-data-access';
import type { JobDefinition } from '@emporium/platform-events';

/** Every minute: reservations whose time ran out give their units back. */
export const expireReservationsJob: JobDefinition = {
  name: 'inventory.expire-reservations',
  cron: '* * * * *',
  async handle(_data, { db, events, logger, metrics }) {
    const expired = await expireReservations(db, events);
    if (expired > 0) {
      logger.info({ expired }, 'expired reservations released');
      metrics?.reservationsExpired.inc(expired);
    }
  },
};
