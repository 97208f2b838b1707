import type { MigrationSet } from '@emporium/platform-db';
import * as m0001 from '../migrations/0001-cart';

export const cartMigrationSet: MigrationSet = {
  schema: 'cart',
  migrations: { '0001-cart': m0001 },
};
