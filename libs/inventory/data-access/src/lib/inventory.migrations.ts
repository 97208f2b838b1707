import type { MigrationSet } from '@emporium/platform-db';
import * as m0001 from '../migrations/0001-inventory';

export const inventoryMigrationSet: MigrationSet = {
  schema: 'inventory',
  migrations: { '0001-inventory': m0001 },
};
