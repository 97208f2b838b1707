import type { MigrationSet } from '@emporium/platform-db';
import * as m0001 from '../migrations/0001-products';

export const catalogMigrationSet: MigrationSet = {
  schema: 'catalog',
  migrations: { '0001-products': m0001 },
};
