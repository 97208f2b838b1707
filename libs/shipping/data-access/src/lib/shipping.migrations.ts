import type { MigrationSet } from '@emporium/platform-db';
import * as m0001 from '../migrations/0001-shipping';

export const shippingMigrationSet: MigrationSet = {
  schema: 'shipping',
  migrations: { '0001-shipping': m0001 },
};
