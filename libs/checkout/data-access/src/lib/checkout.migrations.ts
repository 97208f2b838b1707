import type { MigrationSet } from '@emporium/platform-db';
import * as m0001 from '../migrations/0001-checkout-attempts';

export const checkoutMigrationSet: MigrationSet = {
  schema: 'storefront',
  migrations: { '0001-checkout-attempts': m0001 },
};
