import type { MigrationSet } from '@emporium/platform-db';
import * as m0001 from '../migrations/0001-orders';

export const orderMigrationSet: MigrationSet = {
  schema: 'order',
  migrations: { '0001-orders': m0001 },
};
