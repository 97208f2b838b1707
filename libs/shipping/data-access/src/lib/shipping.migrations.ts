import type { MigrationSet } from '@emporium/platform-db';
import * as m0001 from '../migrations/0001-shipping';
import * as m0002 from '../migrations/0002-shipments';
import * as m0003 from '../migrations/0003-returns';

export const shippingMigrationSet: MigrationSet = {
  schema: 'shipping',
  migrations: { '0001-shipping': m0001, '0002-shipments': m0002, '0003-returns': m0003 },
};
